//! Remote stores: pushing a build's graphs to a SPARQL 1.1 Graph Store HTTP Protocol
//! endpoint, and running queries on a remote SPARQL 1.1 Protocol endpoint.
//!
//! Only standard protocols are spoken, so any store that serves them works: Oxigraph
//! server, Apache Jena Fuseki, GraphDB, Virtuoso, Amazon Neptune, QLever (queries).
//! Queries go as SPARQLWrapper and YASGUI send them, which every store answers: `GET` with
//! `?query=` when the URL stays short, a form-encoded `POST` otherwise (Virtuoso 7 never
//! answers a `POST` of `application/sparql-query`, which is only sent when asked for).
//! Credentials come from the environment, never from arguments (which shells keep):
//! `INNOGRAPH_AUTH_TOKEN` for a bearer token, or `INNOGRAPH_AUTH_USER` and
//! `INNOGRAPH_AUTH_PASSWORD` for a user and password, sent with the scheme the store asks
//! for (Basic, or Digest as Virtuoso's Graph Store endpoint wants).
//!
//! Every request has a connect and read timeout: a store that is down, slow or mute gives a
//! one-line error within it, never a hang.

mod digest;

use crate::rdf::vocab::PREFIXES;
use crate::store::{self, ResultFormat, StoreError};
use digest::{parse_challenges, DigestSession};
use oxhttp::model::{Body, Method, Request, Response, StatusCode};
use oxhttp::Client;
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{GraphName, NamedNode, Quad};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsParser};
use oxigraph::sparql::{QueryEvaluationError, QueryResults, QueryTripleIter};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

/// Where each store serves the Graph Store Protocol, for errors that suggest the endpoint
/// is not one.
const GRAPH_STORE_HINT: &str = "is it the store's Graph Store endpoint? Oxigraph: /store, Virtuoso: /sparql-graph-crud-auth, Fuseki: /DATASET/data, GraphDB: /repositories/ID/rdf-graphs/service";

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
    /// The store accepted the connection but did not answer in time.
    #[error("{method} {url}: no answer from the store for {seconds} s (--timeout){hint}")]
    Timeout {
        /// HTTP method.
        method: String,
        /// What was asked.
        url: String,
        /// The timeout.
        seconds: f64,
        /// What may be wrong, or nothing.
        hint: String,
    },
    /// Something answered, but not in HTTP.
    #[error("{method} {url}: the reply is not HTTP ({message}){hint}")]
    NotHttp {
        /// HTTP method.
        method: String,
        /// What was asked.
        url: String,
        /// What was wrong with it.
        message: String,
        /// What may be wrong, or nothing.
        hint: String,
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
        /// The start of the store's explanation, if it gave one, and a hint.
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
#[derive(Clone, PartialEq, Eq)]
pub enum Auth {
    /// `Authorization: Bearer TOKEN`, sent with every request.
    Bearer(String),
    /// A user and password, sent the way the store's challenge asks: Basic or Digest.
    Password {
        /// The user name.
        user: String,
        /// The password.
        password: String,
    },
}

impl std::fmt::Debug for Auth {
    /// Never prints a secret.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Bearer(_) => f.write_str("Bearer(..)"),
            Self::Password { user, .. } => write!(f, "Password {{ user: {user:?}, .. }}"),
        }
    }
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
            (None, Some(user), Some(password)) => Ok(Some(Self::Password { user, password })),
            (None, Some(_), None) => Err(RemoteError::Auth("INNOGRAPH_AUTH_USER is set but INNOGRAPH_AUTH_PASSWORD is not".into())),
            (None, None, _) => Ok(None),
        }
    }
}

fn basic_header(user: &str, password: &str) -> String {
    format!("Basic {}", base64(format!("{user}:{password}").as_bytes()))
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

/// Percent-encodes a query-string value (everything but RFC 3986's unreserved characters),
/// which is also a valid `application/x-www-form-urlencoded` value.
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

/// How `query --endpoint` sends a query (SPARQL 1.1 Protocol, section 2.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum QueryMethod {
    /// `GET` when the URL stays under [`MAX_GET_URL`] bytes, else `POST` form-encoded: what
    /// SPARQLWrapper and YASGUI send, which every store answers.
    #[default]
    Auto,
    /// `GET ?query=`.
    Get,
    /// `POST` with `application/x-www-form-urlencoded`.
    Post,
    /// `POST` with `application/sparql-query` (Virtuoso 7 never answers it).
    Direct,
}

impl QueryMethod {
    /// `auto`, `get`, `post` or `direct`.
    pub fn parse(s: &str) -> Option<Self> {
        match s.to_ascii_lowercase().as_str() {
            "auto" => Some(Self::Auto),
            "get" => Some(Self::Get),
            "post" => Some(Self::Post),
            "direct" => Some(Self::Direct),
            _ => None,
        }
    }
}

/// The longest URL a query is sent in with [`QueryMethod::Auto`]: 2,000 bytes, under the
/// limits of servers and proxies that cut long URLs.
pub const MAX_GET_URL: usize = 2000;

/// Bodies larger than this are not sent before the store has said how it wants credentials
/// (a `HEAD` asks first): a refused upload would be sent twice, or cut off by a store that
/// closes the connection on its 401.
const PROBE_ABOVE: usize = 16 * 1024;

/// What a request is for, to say what may be wrong when it fails.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Purpose {
    Query(QueryMethod),
    GraphStore,
}

impl Purpose {
    fn hint(self) -> String {
        match self {
            Self::GraphStore => format!(" ({GRAPH_STORE_HINT})"),
            Self::Query(QueryMethod::Direct) => " (is it the store's SPARQL endpoint? Virtuoso 7 never answers application/sparql-query: try --method post)".into(),
            Self::Query(_) => " (is it the store's SPARQL query endpoint? Oxigraph: /query, Virtuoso: /sparql, Fuseki: /DATASET/query, GraphDB: /repositories/ID)".into(),
        }
    }
}

/// How credentials are being sent to this store, learnt from its first challenge.
#[derive(Debug, Default)]
struct Session {
    scheme: Option<Scheme>,
    /// The store answered a request without credentials: it may not need them.
    open: bool,
}

#[derive(Debug)]
enum Scheme {
    Basic,
    Digest(DigestSession),
}

impl Session {
    /// After a 401: takes up the store's challenge. Returns whether the request is worth
    /// sending again (a new challenge), or not (these credentials were refused).
    fn learn(&mut self, response: &Response<Body>) -> bool {
        let challenges: Vec<_> = response
            .headers()
            .get_all("www-authenticate")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(parse_challenges)
            .collect();
        if let Some(new) = DigestSession::choose(&challenges) {
            // The same nonce refused again means the credentials are wrong; a new one (or a
            // stale one) is worth an answer.
            let again = !matches!(&self.scheme, Some(Scheme::Digest(old)) if old.same_challenge(&new));
            self.scheme = Some(Scheme::Digest(new));
            return again;
        }
        // Basic asked for, or no challenge this client reads: Basic, once.
        if matches!(self.scheme, Some(Scheme::Basic)) {
            return false;
        }
        self.scheme = Some(Scheme::Basic);
        true
    }

    fn authorization(&mut self, user: &str, password: &str, method: &Method, target: &str, body: &[u8]) -> Option<String> {
        match self.scheme.as_mut()? {
            Scheme::Basic => Some(basic_header(user, password)),
            Scheme::Digest(d) => Some(d.authorization(user, password, method.as_str(), target, body)),
        }
    }
}

/// A remote endpoint and how to talk to it.
#[derive(Debug)]
pub struct Remote {
    endpoint: String,
    auth: Option<Auth>,
    timeout: Duration,
    retries: u32,
    session: Mutex<Session>,
}

impl Remote {
    /// An endpoint (`http://` or `https://` URL), credentials, the connect and read timeout
    /// (the longest wait for a connection, or for the next bytes of an answer), and how many
    /// times a request that failed for a passing reason (no connection, 408, 429, 502, 503,
    /// 504) is tried again. A timeout is not tried again: the store had its time.
    pub fn new(endpoint: &str, auth: Option<Auth>, timeout: Duration, retries: u32) -> Result<Self, RemoteError> {
        let bad = |why: &str| RemoteError::BadEndpoint(endpoint.to_string(), why.to_string());
        let rest = endpoint.strip_prefix("http://").or_else(|| endpoint.strip_prefix("https://")).ok_or_else(|| bad("not an http:// or https:// URL"))?;
        if rest.is_empty() || rest.starts_with('/') {
            return Err(bad("no host"));
        }
        endpoint.parse::<oxhttp::model::Uri>().map_err(|e| bad(&e.to_string()))?;
        Ok(Self { endpoint: endpoint.to_string(), auth, timeout, retries, session: Mutex::default() })
    }

    fn with_param(&self, param: &str) -> String {
        let sep = if self.endpoint.contains('?') { '&' } else { '?' };
        format!("{}{sep}{param}", self.endpoint)
    }

    /// One HTTP exchange, with the given `Authorization` header if any.
    fn once(&self, method: &Method, url: &str, headers: &[(&str, &str)], body: &[u8], authorization: Option<String>) -> std::io::Result<Response<Body>> {
        let mut client = Client::new()
            .with_global_timeout(self.timeout)
            .with_user_agent(concat!("innograph/", env!("CARGO_PKG_VERSION")))
            .map_err(std::io::Error::other)?;
        // oxhttp carries every header over a redirection, to any host: with credentials,
        // a redirection is reported instead of followed.
        if self.auth.is_none() {
            client = client.with_redirection_limit(5);
        }
        let mut builder = Request::builder().method(method.clone()).uri(url);
        for (name, value) in headers {
            builder = builder.header(*name, *value);
        }
        if let Some(value) = authorization {
            builder = builder.header("Authorization", value);
        }
        let request = builder.body(Body::from(body.to_vec())).map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidInput, e.to_string()))?;
        client.request(request)
    }

    /// One request, authenticated as the store asks: a bearer token is always sent; a user
    /// and password only once the store has challenged, in its scheme (then on every
    /// request, Digest counting its nonce's uses).
    fn exchange(&self, method: &Method, url: &str, headers: &[(&str, &str)], body: &[u8]) -> std::io::Result<Response<Body>> {
        let (user, password) = match &self.auth {
            None => return self.once(method, url, headers, body, None),
            Some(Auth::Bearer(token)) => return self.once(method, url, headers, body, Some(format!("Bearer {token}"))),
            Some(Auth::Password { user, password }) => (user, password),
        };
        let mut session = self.session.lock().unwrap_or_else(PoisonError::into_inner);
        if session.scheme.is_none() && !session.open && body.len() > PROBE_ABOVE {
            let probe = self.once(&Method::HEAD, url, &[], &[], None)?;
            if probe.status() == StatusCode::UNAUTHORIZED {
                session.learn(&probe);
            }
        }
        let target = request_target(url);
        let mut response = None;
        // At most three: unauthenticated, the challenge's answer, and once more if the store
        // gave a new nonce (a stale one, or a store that gives one per request).
        for _ in 0..3 {
            let authorization = session.authorization(user, password, method, &target, body);
            let sent_credentials = authorization.is_some();
            let r = match self.once(method, url, headers, body, authorization) {
                Ok(r) => r,
                // A store that refuses the credentials may answer before reading the body and
                // close: the answer is lost in a broken pipe. Asking again without the body
                // tells a refusal from a broken connection.
                Err(e) if sent_credentials && matches!(e.kind(), std::io::ErrorKind::BrokenPipe | std::io::ErrorKind::ConnectionReset) => {
                    let check = session.authorization(user, password, &Method::HEAD, &target, &[]);
                    match self.once(&Method::HEAD, url, &[], &[], check) {
                        Ok(answer) if answer.status() == StatusCode::UNAUTHORIZED => return Ok(answer),
                        _ => return Err(e),
                    }
                }
                Err(e) => return Err(e),
            };
            if r.status() != StatusCode::UNAUTHORIZED {
                if !sent_credentials {
                    session.open = true;
                }
                return Ok(r);
            }
            let again = session.learn(&r);
            response = Some(r);
            if !again {
                break;
            }
        }
        Ok(response.expect("the loop ran"))
    }

    /// Sends a request, trying again (after 0.5 s, 1 s, 2 s...) when the failure may pass.
    /// Returns the response and how many retries it took.
    fn send(&self, method: Method, url: &str, headers: &[(&str, &str)], body: &[u8], purpose: Purpose) -> Result<(Response<Body>, u32), RemoteError> {
        let mut attempt = 0;
        loop {
            match self.exchange(&method, url, headers, body) {
                Ok(response) => {
                    let transient = matches!(response.status().as_u16(), 408 | 429 | 502 | 503 | 504);
                    if !transient || attempt >= self.retries {
                        return Ok((response, attempt));
                    }
                }
                Err(e) => {
                    let passing = matches!(
                        e.kind(),
                        std::io::ErrorKind::ConnectionRefused
                            | std::io::ErrorKind::ConnectionReset
                            | std::io::ErrorKind::ConnectionAborted
                            | std::io::ErrorKind::BrokenPipe
                            | std::io::ErrorKind::UnexpectedEof
                    );
                    if !passing || attempt >= self.retries {
                        return Err(self.io_error(&method, url, e, purpose));
                    }
                    // A store that cut the connection may have dropped our Digest nonce:
                    // ask for a new challenge.
                    *self.session.lock().unwrap_or_else(PoisonError::into_inner) = Session::default();
                }
            }
            std::thread::sleep(Duration::from_millis(500 << attempt.min(6)));
            attempt += 1;
        }
    }

    /// A one-line error for a refusal: the status, the store's reason and what may be wrong.
    fn refusal(&self, method: &Method, url: &str, response: Response<Body>, purpose: Purpose) -> RemoteError {
        let status = response.status();
        let default_graph = url.ends_with("?default") || url.ends_with("&default");
        let hint = match status.as_u16() {
            401 => match &self.auth {
                None => " (the store asks for credentials: set INNOGRAPH_AUTH_USER and INNOGRAPH_AUTH_PASSWORD, or INNOGRAPH_AUTH_TOKEN)".into(),
                Some(Auth::Bearer(_)) => " (it refused the token in INNOGRAPH_AUTH_TOKEN)".into(),
                Some(Auth::Password { .. }) => " (it refused INNOGRAPH_AUTH_USER and INNOGRAPH_AUTH_PASSWORD)".into(),
            },
            400 | 500 if default_graph => " (a store without a default graph to write, as Virtuoso, takes --default-graph IRI)".into(),
            404 | 405 | 501 => purpose.hint(),
            _ if status.is_redirection() => purpose.hint(),
            _ => String::new(),
        };
        refused(method.as_str(), url, response, &hint)
    }

    /// A one-line error for a failed exchange.
    fn io_error(&self, method: &Method, url: &str, e: std::io::Error, purpose: Purpose) -> RemoteError {
        use std::io::ErrorKind::{ConnectionAborted, InvalidData, TimedOut, WouldBlock};
        let (method, url) = (method.to_string(), url.to_string());
        match e.kind() {
            WouldBlock | TimedOut => RemoteError::Timeout { method, url, seconds: self.timeout.as_secs_f64(), hint: purpose.hint() },
            InvalidData => RemoteError::NotHttp { method, url, message: one_line(&e.to_string(), 200), hint: purpose.hint() },
            // oxhttp's word for a connection closed before the answer's head was complete.
            ConnectionAborted => RemoteError::NotHttp { method, url, message: "the connection closed with no complete answer".into(), hint: purpose.hint() },
            _ => RemoteError::Connect { url, message: one_line(&e.to_string(), 200) },
        }
    }
}

/// The request target of a URL as on the request line (path and query): what a Digest
/// answer covers.
fn request_target(url: &str) -> String {
    url.parse::<oxhttp::model::Uri>().ok().and_then(|u| u.path_and_query().map(|pq| pq.as_str().to_string())).unwrap_or_else(|| "/".into())
}

/// Text on one line, at most `max` characters.
fn one_line(text: &str, max: usize) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.chars().count() > max {
        format!("{}...", line.chars().take(max).collect::<String>())
    } else {
        line
    }
}

/// The readable text of a store's reply: an HTML error page without its tags.
fn reply_text(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    if !text.trim_start().starts_with('<') {
        return one_line(&text, 300);
    }
    let mut out = String::new();
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => {
                in_tag = true;
                out.push(' ');
            }
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    one_line(&html_escape::decode_html_entities(&out), 300)
}

fn refused(method: &str, url: &str, response: Response<Body>, hint: &str) -> RemoteError {
    let status = response.status();
    let location = response.headers().get("location").and_then(|v| v.to_str().ok()).map(str::to_string);
    let mut bytes = Vec::new();
    let _ = response.into_body().take(4_000).read_to_end(&mut bytes);
    let text = reply_text(&bytes);
    let mut detail = if text.is_empty() { String::new() } else { format!(": {text}") };
    if let Some(location) = location.filter(|_| status.is_redirection()) {
        detail.push_str(&format!(" (it redirects to {location}: use that URL)"));
    }
    detail.push_str(hint);
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

/// The answer to an `ASK` sent back as solutions: Virtuoso 7 answers one with a column
/// `__ASK_RETVAL`, a row holding 1 when true and no row when false. True when a row holds
/// anything but a false value.
fn ask_from_solutions(solutions: oxigraph::sparql::QuerySolutionIter<'_>) -> Result<bool, QueryEvaluationError> {
    for solution in solutions {
        let solution = solution?;
        let false_value = |t: &oxigraph::model::Term| matches!(t, oxigraph::model::Term::Literal(l) if matches!(l.value(), "0" | "false"));
        if !solution.values().iter().flatten().any(false_value) {
            return Ok(true);
        }
    }
    Ok(false)
}

/// What to push, and where the default graph goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PushOptions {
    /// Send every mention with its document's graph.
    pub provenance: store::Provenance,
    /// Send the default graph to this named graph instead (`?graph=IRI`, not `?default`),
    /// for stores with no default graph to write, such as Virtuoso: it answers a query
    /// without `FROM` over all its graphs, so the queries answer the same.
    pub default_graph: Option<NamedNode>,
}

/// The Graph Store URL of a graph (SPARQL 1.1 Graph Store Protocol, indirect identification).
fn graph_url(remote: &Remote, graph: &GraphName) -> Option<String> {
    match graph {
        GraphName::DefaultGraph => Some(remote.with_param("default")),
        GraphName::NamedNode(g) => Some(remote.with_param(&format!("graph={}", percent_encode(g.as_str())))),
        GraphName::BlankNode(_) => None,
    }
}

/// Sends one graph, as `PUT` (replace) or `POST` (add).
fn send_graph(remote: &Remote, method: Method, url: &str, body: &[u8]) -> Result<u32, RemoteError> {
    let (response, retries) = remote.send(method.clone(), url, &[("Content-Type", "application/n-triples")], body, Purpose::GraphStore)?;
    if response.status().is_success() {
        return Ok(retries);
    }
    Err(remote.refusal(&method, url, response, Purpose::GraphStore))
}

/// Sends every graph of a build's dumps to a Graph Store endpoint, one `PUT` per graph,
/// so that pushing again replaces each graph rather than adding a second copy. With
/// provenance, each document graph is sent with its mentions. `on_graph` is called after
/// each graph (for progress).
pub fn push(remote: &Remote, data: &Path, options: &PushOptions, on_graph: &dyn Fn(&PushSummary)) -> Result<PushSummary, RemoteError> {
    let files = store::dump_files(data, options.provenance)?;
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
        let target = match (&graph, &options.default_graph) {
            (GraphName::DefaultGraph, Some(named)) => GraphName::NamedNode(named.clone()),
            _ => graph.clone(),
        };
        let Some(url) = graph_url(remote, &target) else { continue };
        summary.retries += send_graph(remote, Method::PUT, &url, &body)?;
        summary.graphs += 1;
        summary.triples += n;
        summary.bytes += body.len();
        // Only document graphs are listed: the default graph's target is never "gone".
        if let GraphName::NamedNode(g) = &graph {
            summary.named.push(g.as_str().to_string());
        }
        on_graph(&summary);
    }
    // Mentions of a graph the query dump does not have (a hand-edited dump) are still sent.
    if let Some(extra) = extra.as_mut() {
        while let Some((graph, n)) = extra.next_graph(&mut body)? {
            if let (GraphName::NamedNode(_), Some(url)) = (&graph, graph_url(remote, &graph)) {
                summary.retries += send_graph(remote, Method::POST, &url, &body)?;
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
        let (response, _) = remote.send(Method::DELETE, &url, &[], &[], Purpose::GraphStore)?;
        match response.status() {
            s if s.is_success() => removed += 1,
            StatusCode::NOT_FOUND => {}
            _ => return Err(remote.refusal(&Method::DELETE, &url, response, Purpose::GraphStore)),
        }
    }
    Ok(removed)
}

/// Runs a query on a remote SPARQL endpoint and writes its results as `innograph query`
/// writes local ones. The query is parsed here first, with the same predeclared prefixes as
/// local queries, and sent with full IRIs, so it means the same thing on any store.
pub fn query(remote: &Remote, sparql: &str, method: QueryMethod, format: ResultFormat, out: &mut impl Write) -> Result<Duration, RemoteError> {
    let mut parser = spargebra::SparqlParser::new();
    for (p, ns) in PREFIXES {
        parser = parser.with_prefix(p, ns).expect("prefix IRIs are valid");
    }
    let parsed = parser.parse_query(sparql).map_err(|e| StoreError::Syntax(e.to_string()))?;
    let graph_form = matches!(parsed, spargebra::Query::Construct { .. } | spargebra::Query::Describe { .. });
    let ask = matches!(parsed, spargebra::Query::Ask { .. });
    let accept = if graph_form {
        "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.5"
    } else {
        "application/sparql-results+json, application/sparql-results+xml;q=0.5"
    };
    let started = Instant::now();
    let text = parsed.to_string();
    let form = format!("query={}", percent_encode(&text));
    let get_url = remote.with_param(&form);
    let method = match method {
        QueryMethod::Auto if get_url.len() <= MAX_GET_URL => QueryMethod::Get,
        QueryMethod::Auto => QueryMethod::Post,
        m => m,
    };
    let purpose = Purpose::Query(method);
    let (http_method, url, content_type, body) = match method {
        QueryMethod::Get => (Method::GET, get_url.as_str(), None, &[][..]),
        QueryMethod::Post => (Method::POST, remote.endpoint.as_str(), Some("application/x-www-form-urlencoded"), form.as_bytes()),
        _ => (Method::POST, remote.endpoint.as_str(), Some("application/sparql-query; charset=utf-8"), text.as_bytes()),
    };
    let mut headers = vec![("Accept", accept)];
    headers.extend(content_type.map(|t| ("Content-Type", t)));
    // Errors name the endpoint, not a URL holding the whole query.
    let shown = remote.endpoint.as_str();
    let (response, _) = remote.send(http_method.clone(), url, &headers, body, purpose).map_err(|e| match e {
        RemoteError::Timeout { method, seconds, hint, .. } => RemoteError::Timeout { method, url: shown.into(), seconds, hint },
        RemoteError::NotHttp { method, message, hint, .. } => RemoteError::NotHttp { method, url: shown.into(), message, hint },
        RemoteError::Connect { message, .. } => RemoteError::Connect { url: shown.into(), message },
        e => e,
    })?;
    let status = response.status();
    if !status.is_success() {
        return Err(remote.refusal(&http_method, shown, response, purpose));
    }
    let content_type = crate::serve::media_type(response.headers());
    let mut bytes = Vec::new();
    response.into_body().read_to_end(&mut bytes).map_err(|e| remote.io_error(&http_method, shown, e, purpose))?;
    let answer = |message: String| RemoteError::Answer { url: shown.to_string(), message };
    // A store (or a web server in its place) that answered something else than SPARQL.
    let not_sparql = |what: &str| {
        let text = reply_text(&bytes);
        let start = if text.is_empty() { String::new() } else { format!(": {}", one_line(&text, 160)) };
        answer(format!("the store answered {status} with '{content_type}', not {what}{start}{}", purpose.hint()))
    };
    let results: QueryResults<'_> = if graph_form {
        let rdf = RdfFormat::from_media_type(&content_type).ok_or_else(|| not_sparql("an RDF graph"))?;
        let triples = RdfParser::from_format(rdf)
            .for_slice(&bytes)
            .map(|q| q.map(|q| q.into()).map_err(|e| QueryEvaluationError::Service(Box::new(e))));
        QueryResults::Graph(QueryTripleIter::new(triples))
    } else {
        let f = QueryResultsFormat::from_media_type(&content_type).ok_or_else(|| not_sparql("SPARQL results"))?;
        let results: QueryResults<'_> = QueryResultsParser::from_format(f).for_slice(&bytes).map_err(|e| answer(one_line(&e.to_string(), 200)))?.into();
        match results {
            QueryResults::Solutions(solutions) if ask => QueryResults::Boolean(ask_from_solutions(solutions).map_err(|e| answer(one_line(&e.to_string(), 200)))?),
            results => results,
        }
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
        assert_eq!(
            Auth::from_vars(env(&[("INNOGRAPH_AUTH_USER", "u"), ("INNOGRAPH_AUTH_PASSWORD", "p")])).unwrap(),
            Some(Auth::Password { user: "u".into(), password: "p".into() })
        );
        assert_eq!(basic_header("Aladdin", "open sesame"), "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==");
        // Debug output never shows a secret.
        let shown = format!("{:?} {:?}", Auth::Bearer("t0ken".into()), Auth::Password { user: "u".into(), password: "pw".into() });
        assert!(!shown.contains("t0ken") && !shown.contains("pw"), "{shown}");
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

    #[test]
    fn query_methods_are_named() {
        assert_eq!(QueryMethod::parse("GET"), Some(QueryMethod::Get));
        assert_eq!(QueryMethod::parse("post"), Some(QueryMethod::Post));
        assert_eq!(QueryMethod::parse("direct"), Some(QueryMethod::Direct));
        assert_eq!(QueryMethod::parse("auto"), Some(QueryMethod::Auto));
        assert_eq!(QueryMethod::parse("put"), None);
    }

    #[test]
    fn error_pages_are_read_as_one_line_of_text() {
        let page = b"<!DOCTYPE HTML>\n<html><head><title>failed</title></head><body><h3>Error 22023</h3>\n<xmp>no default &amp; graph</xmp></body></html>";
        assert_eq!(reply_text(page), "failed Error 22023 no default & graph");
        assert_eq!(reply_text(b"plain\n  text"), "plain text");
        assert!(one_line(&"x".repeat(500), 300).ends_with("..."));
    }

    #[test]
    fn digest_answers_cover_the_request_line_target() {
        assert_eq!(request_target("http://h:1/sparql-graph-crud-auth?graph=a%3Ab"), "/sparql-graph-crud-auth?graph=a%3Ab");
        assert_eq!(request_target("http://h:1"), "/");
    }
}
