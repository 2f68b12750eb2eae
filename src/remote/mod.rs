//! Remote stores: pushing a build's graphs to a SPARQL 1.1 Graph Store HTTP Protocol
//! endpoint, and running queries on a remote SPARQL 1.1 Protocol endpoint.
//!
//! Only standard protocols are spoken, so any store that serves them works: Oxigraph
//! server, Apache Jena Fuseki, GraphDB, Virtuoso, Amazon Neptune, QLever (queries).
//! Credentials come from the environment, never from arguments (which shells keep):
//! `INNOGRAPH_AUTH_TOKEN` for a bearer token, or `INNOGRAPH_AUTH_USER` and
//! `INNOGRAPH_AUTH_PASSWORD` for basic authentication.

use crate::rdf::vocab::PREFIXES;
use crate::store::{self, ResultFormat, StoreError};
use oxhttp::model::{Body, Method, Request, StatusCode};
use oxhttp::Client;
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{GraphName, Quad};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsParser};
use oxigraph::sparql::{QueryEvaluationError, QueryResults, QueryTripleIter};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Errors talking to a remote store.
#[derive(Debug, thiserror::Error)]
pub enum RemoteError {
    /// The endpoint URL is not an http(s) URL.
    #[error("invalid endpoint '{0}': {1}")]
    BadEndpoint(String, String),
    /// The store could not be reached, even after retries.
    #[error("{url}: cannot connect: {message}")]
    Connect {
        /// What was asked.
        url: String,
        /// Why.
        message: String,
    },
    /// The store answered with an error.
    #[error("{method} {url}: the store refused it: {status}{detail}")]
    Refused {
        /// HTTP method.
        method: String,
        /// What was asked.
        url: String,
        /// Status line.
        status: String,
        /// The start of the store's explanation, if it gave one.
        detail: String,
    },
    /// A dump could not be read.
    #[error("{path}: cannot read: {message}")]
    Dump {
        /// The file.
        path: PathBuf,
        /// Why.
        message: String,
    },
    /// The answer could not be understood.
    #[error("{url}: unreadable answer: {message}")]
    Answer {
        /// What was asked.
        url: String,
        /// Why.
        message: String,
    },
    /// Credentials in the environment are incomplete.
    #[error("{0}")]
    Auth(String),
    /// The query is wrong, or its results cannot be written.
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// How requests authenticate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Auth {
    /// `Authorization: Bearer TOKEN`.
    Bearer(String),
    /// `Authorization: Basic base64(USER:PASSWORD)`.
    Basic(String, String),
}

impl Auth {
    /// Reads credentials from the environment (see the module documentation).
    pub fn from_env() -> Result<Option<Self>, RemoteError> {
        Self::from_vars(|name| std::env::var(name).ok().filter(|v| !v.is_empty()))
    }

    fn from_vars(var: impl Fn(&str) -> Option<String>) -> Result<Option<Self>, RemoteError> {
        match (var("INNOGRAPH_AUTH_TOKEN"), var("INNOGRAPH_AUTH_USER"), var("INNOGRAPH_AUTH_PASSWORD")) {
            (Some(_), Some(_), _) => Err(RemoteError::Auth("set INNOGRAPH_AUTH_TOKEN or INNOGRAPH_AUTH_USER, not both".into())),
            (Some(token), None, _) => Ok(Some(Self::Bearer(token))),
            (None, Some(user), Some(password)) => Ok(Some(Self::Basic(user, password))),
            (None, Some(_), None) => Err(RemoteError::Auth("INNOGRAPH_AUTH_USER is set but INNOGRAPH_AUTH_PASSWORD is not".into())),
            (None, None, _) => Ok(None),
        }
    }

    fn header(&self) -> String {
        match self {
            Self::Bearer(token) => format!("Bearer {token}"),
            Self::Basic(user, password) => format!("Basic {}", base64(format!("{user}:{password}").as_bytes())),
        }
    }
}

/// Standard base64 with padding (RFC 4648), for the basic-authentication header.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &b)| n | (u32::from(b) << (16 - 8 * i)));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Percent-encodes a query-string value (everything but RFC 3986's unreserved characters).
fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len() * 3);
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A remote endpoint and how to talk to it.
#[derive(Debug, Clone)]
pub struct Remote {
    endpoint: String,
    auth: Option<Auth>,
    timeout: Duration,
    retries: u32,
}

impl Remote {
    /// An endpoint (`http://` or `https://` URL), credentials, the time a request may take,
    /// and how many times a request that failed for a passing reason (no connection, 408,
    /// 429, 502, 503, 504) is tried again.
    pub fn new(endpoint: &str, auth: Option<Auth>, timeout: Duration, retries: u32) -> Result<Self, RemoteError> {
        let bad = |why: &str| RemoteError::BadEndpoint(endpoint.to_string(), why.to_string());
        let rest = endpoint.strip_prefix("http://").or_else(|| endpoint.strip_prefix("https://")).ok_or_else(|| bad("not an http:// or https:// URL"))?;
        if rest.is_empty() || rest.starts_with('/') {
            return Err(bad("no host"));
        }
        endpoint.parse::<oxhttp::model::Uri>().map_err(|e| bad(&e.to_string()))?;
        Ok(Self { endpoint: endpoint.to_string(), auth, timeout, retries })
    }

    fn with_param(&self, param: &str) -> String {
        let sep = if self.endpoint.contains('?') { '&' } else { '?' };
        format!("{}{sep}{param}", self.endpoint)
    }

    /// Sends a request, trying again (after 0.5 s, 1 s, 2 s...) when the failure may pass.
    /// Returns the response and how many retries it took.
    fn send(&self, method: Method, url: &str, headers: &[(&str, &str)], body: &[u8]) -> Result<(oxhttp::model::Response<Body>, u32), RemoteError> {
        let client = Client::new().with_global_timeout(self.timeout).with_redirection_limit(5);
        let mut attempt = 0;
        loop {
            let mut builder = Request::builder().method(method.clone()).uri(url);
            for (name, value) in headers {
                builder = builder.header(*name, *value);
            }
            if let Some(auth) = &self.auth {
                builder = builder.header("Authorization", auth.header());
            }
            let request = builder.body(Body::from(body.to_vec())).map_err(|e| RemoteError::BadEndpoint(url.to_string(), e.to_string()))?;
            match client.request(request) {
                Ok(response) => {
                    let transient = matches!(response.status().as_u16(), 408 | 429 | 502 | 503 | 504);
                    if !transient || attempt >= self.retries {
                        return Ok((response, attempt));
                    }
                }
                Err(e) if attempt >= self.retries => {
                    return Err(RemoteError::Connect { url: url.to_string(), message: e.to_string() });
                }
                Err(_) => {}
            }
            std::thread::sleep(Duration::from_millis(500 << attempt.min(6)));
            attempt += 1;
        }
    }
}

fn refused(method: &str, url: &str, status: StatusCode, body: Body) -> RemoteError {
    let mut text = String::new();
    let _ = body.take(2_000).read_to_string(&mut text);
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let detail = if line.is_empty() { String::new() } else { format!(": {}", line.chars().take(200).collect::<String>()) };
    RemoteError::Refused { method: method.into(), url: url.into(), status: status.to_string(), detail }
}

/// What a push sent.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PushSummary {
    /// Graphs replaced (the default graph counts as one).
    pub graphs: usize,
    /// Triples sent.
    pub triples: usize,
    /// Bytes of N-Triples sent.
    pub bytes: usize,
    /// Requests that had to be sent again.
    pub retries: u32,
    /// The named graphs sent, in order.
    pub named: Vec<String>,
    /// Graphs of an earlier push removed because their documents left the build.
    pub removed: usize,
}

/// Reads a dump as a sequence of graphs: consecutive quads of the same graph name form one
/// (a build's dumps list each graph's quads together).
struct Graphs {
    path: PathBuf,
    quads: std::iter::Peekable<Box<dyn Iterator<Item = Result<Quad, String>>>>,
}

impl Graphs {
    fn open(path: &Path) -> Result<Self, RemoteError> {
        let err = |message: String| RemoteError::Dump { path: path.to_path_buf(), message };
        let file = std::fs::File::open(path).map_err(|e| err(e.to_string()))?;
        let reader: Box<dyn Read> = if path.extension().is_some_and(|e| e == "gz") {
            Box::new(flate2::read::MultiGzDecoder::new(std::io::BufReader::new(file)))
        } else {
            Box::new(file)
        };
        let parser = RdfParser::from_format(RdfFormat::NQuads).for_reader(std::io::BufReader::with_capacity(1 << 20, reader));
        let quads: Box<dyn Iterator<Item = Result<Quad, String>>> = Box::new(parser.map(|q| q.map_err(|e| e.to_string())));
        Ok(Self { path: path.to_path_buf(), quads: quads.peekable() })
    }

    fn peek_graph(&mut self) -> Option<GraphName> {
        match self.quads.peek() {
            Some(Ok(q)) => Some(q.graph_name.clone()),
            _ => None,
        }
    }

    /// The next graph and its triples as N-Triples.
    fn next_graph(&mut self, out: &mut Vec<u8>) -> Result<Option<(GraphName, usize)>, RemoteError> {
        let graph = match self.quads.peek() {
            None => return Ok(None),
            Some(Err(e)) => return Err(RemoteError::Dump { path: self.path.clone(), message: e.clone() }),
            Some(Ok(q)) => q.graph_name.clone(),
        };
        let mut n = 0;
        while let Some(Ok(q)) = self.quads.peek() {
            if q.graph_name != graph {
                break;
            }
            let q = self.quads.next().expect("peeked").expect("peeked ok");
            writeln!(out, "{} {} {} .", q.subject, q.predicate, q.object).expect("writing to memory");
            n += 1;
        }
        if let Some(Err(e)) = self.quads.peek() {
            return Err(RemoteError::Dump { path: self.path.clone(), message: e.clone() });
        }
        Ok(Some((graph, n)))
    }
}

/// Sends every graph of a build's dumps to a Graph Store endpoint, one `PUT` per graph,
/// so that pushing again replaces each graph rather than adding a second copy. With
/// provenance, each document graph is sent with its mentions. `on_graph` is called after
/// each graph (for progress).
pub fn push(remote: &Remote, data: &Path, provenance: store::Provenance, on_graph: &dyn Fn(&PushSummary)) -> Result<PushSummary, RemoteError> {
    let files = store::dump_files(data, provenance)?;
    let mut main = Graphs::open(&files[0])?;
    let mut extra = files.get(1).map(|f| Graphs::open(f)).transpose()?;
    let mut summary = PushSummary::default();
    let mut body = Vec::new();
    loop {
        body.clear();
        let Some((graph, mut n)) = main.next_graph(&mut body)? else { break };
        // The provenance dump lists the same document graphs in the same order.
        if let Some(extra) = extra.as_mut() {
            if extra.peek_graph().as_ref() == Some(&graph) {
                n += extra.next_graph(&mut body)?.map_or(0, |(_, n)| n);
            }
        }
        let url = match &graph {
            GraphName::DefaultGraph => remote.with_param("default"),
            GraphName::NamedNode(g) => remote.with_param(&format!("graph={}", percent_encode(g.as_str()))),
            GraphName::BlankNode(_) => continue,
        };
        let (response, retries) = remote.send(Method::PUT, &url, &[("Content-Type", "application/n-triples")], &body)?;
        summary.retries += retries;
        let status = response.status();
        if !status.is_success() {
            return Err(refused("PUT", &url, status, response.into_body()));
        }
        summary.graphs += 1;
        summary.triples += n;
        summary.bytes += body.len();
        if let GraphName::NamedNode(g) = &graph {
            summary.named.push(g.as_str().to_string());
        }
        on_graph(&summary);
    }
    // Mentions of a graph the query dump does not have (a hand-edited dump) are still sent.
    if let Some(extra) = extra.as_mut() {
        while let Some((graph, n)) = extra.next_graph(&mut body)? {
            if let GraphName::NamedNode(g) = &graph {
                let url = remote.with_param(&format!("graph={}", percent_encode(g.as_str())));
                let (response, retries) = remote.send(Method::POST, &url, &[("Content-Type", "application/n-triples")], &body)?;
                summary.retries += retries;
                if !response.status().is_success() {
                    let status = response.status();
                    return Err(refused("POST", &url, status, response.into_body()));
                }
                summary.triples += n;
                summary.bytes += body.len();
            }
            body.clear();
        }
    }
    Ok(summary)
}

/// Removes named graphs from a Graph Store endpoint (`DELETE` per graph); a graph the store
/// does not have is no error. Returns how many were removed.
pub fn delete_graphs(remote: &Remote, graphs: &[String]) -> Result<usize, RemoteError> {
    let mut removed = 0;
    for g in graphs {
        let url = remote.with_param(&format!("graph={}", percent_encode(g)));
        let (response, _) = remote.send(Method::DELETE, &url, &[], &[])?;
        match response.status() {
            s if s.is_success() => removed += 1,
            StatusCode::NOT_FOUND => {}
            s => return Err(refused("DELETE", &url, s, response.into_body())),
        }
    }
    Ok(removed)
}

/// Runs a query on a remote SPARQL endpoint and writes its results as `innograph query`
/// writes local ones. The query is parsed here first, with the same predeclared prefixes as
/// local queries, and sent with full IRIs, so it means the same thing on any store.
pub fn query(remote: &Remote, sparql: &str, format: ResultFormat, out: &mut impl Write) -> Result<Duration, RemoteError> {
    let mut parser = spargebra::SparqlParser::new();
    for (p, ns) in PREFIXES {
        parser = parser.with_prefix(p, ns).expect("prefix IRIs are valid");
    }
    let parsed = parser.parse_query(sparql).map_err(|e| StoreError::Syntax(e.to_string()))?;
    let graph_form = matches!(parsed, spargebra::Query::Construct { .. } | spargebra::Query::Describe { .. });
    let accept = if graph_form { "application/n-triples, text/turtle;q=0.5" } else { "application/sparql-results+json, application/sparql-results+xml;q=0.5" };
    let started = Instant::now();
    let text = parsed.to_string();
    let (response, _) = remote.send(
        Method::POST,
        &remote.endpoint,
        &[("Content-Type", "application/sparql-query; charset=utf-8"), ("Accept", accept)],
        text.as_bytes(),
    )?;
    let status = response.status();
    if !status.is_success() {
        return Err(refused("POST", &remote.endpoint, status, response.into_body()));
    }
    let content_type = crate::serve::media_type(response.headers());
    let answer = |message: String| RemoteError::Answer { url: remote.endpoint.clone(), message };
    let body = response.into_body();
    let results: QueryResults<'_> = if graph_form {
        let rdf = RdfFormat::from_media_type(&content_type).ok_or_else(|| answer(format!("a graph in '{content_type}'")))?;
        let triples = RdfParser::from_format(rdf)
            .for_reader(body)
            .map(|q| q.map(|q| q.into()).map_err(|e| QueryEvaluationError::Service(Box::new(e))));
        QueryResults::Graph(QueryTripleIter::new(triples))
    } else {
        let f = QueryResultsFormat::from_media_type(&content_type).ok_or_else(|| answer(format!("results in '{content_type}'")))?;
        QueryResultsParser::from_format(f).for_reader(body).map_err(|e| answer(e.to_string()))?.into()
    };
    store::write_results(results, format, out)?;
    Ok(started.elapsed())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_rfc_4648_examples() {
        for (input, expected) in [("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foob", "Zm9vYg=="), ("fooba", "Zm9vYmE="), ("foobar", "Zm9vYmFy")] {
            assert_eq!(base64(input.as_bytes()), expected);
        }
    }

    #[test]
    fn graph_iris_are_percent_encoded() {
        assert_eq!(percent_encode("https://x.example/doc/ab#c"), "https%3A%2F%2Fx.example%2Fdoc%2Fab%23c");
    }

    #[test]
    fn credentials_come_whole_or_not_at_all() {
        let env = |vars: &'static [(&'static str, &'static str)]| move |name: &str| vars.iter().find(|(k, _)| *k == name).map(|(_, v)| v.to_string());
        assert_eq!(Auth::from_vars(env(&[])).unwrap(), None);
        assert_eq!(Auth::from_vars(env(&[("INNOGRAPH_AUTH_TOKEN", "t")])).unwrap(), Some(Auth::Bearer("t".into())));
        assert_eq!(Auth::from_vars(env(&[("INNOGRAPH_AUTH_USER", "u"), ("INNOGRAPH_AUTH_PASSWORD", "p")])).unwrap(), Some(Auth::Basic("u".into(), "p".into())));
        assert_eq!(Auth::Basic("Aladdin".into(), "open sesame".into()).header(), "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==");
        assert!(Auth::from_vars(env(&[("INNOGRAPH_AUTH_USER", "u")])).is_err());
        assert!(Auth::from_vars(env(&[("INNOGRAPH_AUTH_TOKEN", "t"), ("INNOGRAPH_AUTH_USER", "u")])).is_err());
    }

    #[test]
    fn endpoints_are_checked() {
        let t = Duration::from_secs(1);
        assert!(Remote::new("http://127.0.0.1:7878/store", None, t, 0).is_ok());
        for bad in ["ftp://x/", "127.0.0.1:7878", "http://", "http:///store"] {
            assert!(Remote::new(bad, None, t, 0).is_err(), "{bad}");
        }
    }
}
