//! Serve: the built graph as a SPARQL 1.1 Protocol endpoint, read-only and bounded.
//!
//! - `GET /sparql?query=…`, `POST /sparql` with `application/x-www-form-urlencoded` or
//!   `application/sparql-query`; results as SPARQL JSON, XML, CSV or TSV, graphs as Turtle,
//!   N-Triples or JSON-LD… chosen by `Accept` or a `format` parameter.
//! - Read-only: SPARQL UPDATE and Graph Store writes are refused with 403.
//! - Bounded: a query time limit (the query is cancelled, the client told), a result size
//!   limit, a request body limit; queries run in parallel, one thread per connection up to a
//!   cap, so a slow query does not block the others.
//! - `/` is a small page with a query box and the example queries; `/entity?iri=…` shows an
//!   entity's names, relations and evidence.

mod page;

use crate::rdf::vocab::PREFIXES;
use crate::store::{evaluator, ResultFormat};
use oxhttp::model::{Body, HeaderValue, Method, Request, Response, StatusCode};
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{CancellationToken, QueryResults};
use oxigraph::store::Store;
use std::io::Read;
use std::sync::Arc;
use std::time::Duration;

/// Why writing a result stopped early.
enum Stop {
    /// More rows than the result limit.
    TooMany,
    /// Evaluation or serialisation failed.
    Failed(String),
}

impl<E: std::fmt::Display> From<E> for Stop {
    fn from(e: E) -> Self {
        Stop::Failed(e.to_string())
    }
}

/// How the endpoint behaves.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// Longest a query may run.
    pub timeout: Duration,
    /// Most solutions (or triples) a response may hold.
    pub max_results: usize,
    /// Largest request body, in bytes.
    pub max_body: usize,
    /// Example queries shown on the page: (title, query).
    pub examples: Vec<(String, String)>,
}

impl Default for ServeOptions {
    fn default() -> Self {
        Self { timeout: Duration::from_secs(30), max_results: 100_000, max_body: 1 << 20, examples: Vec::new() }
    }
}

/// The request handler: a pure function of the store, the options and the request.
#[derive(Clone)]
pub struct Endpoint {
    store: Store,
    options: Arc<ServeOptions>,
}

fn text(status: StatusCode, message: impl Into<String>) -> Response<Body> {
    let mut m = message.into();
    m.push('\n');
    Response::builder()
        .status(status)
        .header("content-type", "text/plain; charset=utf-8")
        .body(Body::from(m))
        .expect("static response parts are valid")
}

fn ok(content_type: &str, body: Vec<u8>) -> Response<Body> {
    Response::builder()
        .status(StatusCode::OK)
        .header("content-type", HeaderValue::from_str(content_type).unwrap_or(HeaderValue::from_static("application/octet-stream")))
        .body(Body::from(body))
        .expect("response parts are valid")
}

/// Decodes `application/x-www-form-urlencoded` (and query strings).
pub fn form(s: &str) -> Vec<(String, String)> {
    s.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (percent_decode(k), percent_decode(v))
        })
        .collect()
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok().and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(b) => {
                        out.push(b);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// What a client asked for, by `format` parameter or `Accept` header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Wanted {
    Results(QueryResultsFormat),
    Graph(RdfFormat),
}

fn negotiate(accept: &str, format: Option<&str>, graph: bool) -> Option<Wanted> {
    if let Some(f) = format {
        return match (graph, ResultFormat::parse(f)) {
            (false, Some(ResultFormat::Json)) => Some(Wanted::Results(QueryResultsFormat::Json)),
            (false, Some(ResultFormat::Xml)) => Some(Wanted::Results(QueryResultsFormat::Xml)),
            (false, Some(ResultFormat::Csv)) => Some(Wanted::Results(QueryResultsFormat::Csv)),
            (false, Some(ResultFormat::Tsv)) => Some(Wanted::Results(QueryResultsFormat::Tsv)),
            (true, Some(ResultFormat::Turtle)) => Some(Wanted::Graph(RdfFormat::Turtle)),
            (true, Some(ResultFormat::NTriples)) => Some(Wanted::Graph(RdfFormat::NTriples)),
            (true, None) if f == "jsonld" || f == "json-ld" => Some(Wanted::Graph(RdfFormat::JsonLd { profile: Default::default() })),
            (true, None) if f == "rdfxml" || f == "rdf" => Some(Wanted::Graph(RdfFormat::RdfXml)),
            _ => None,
        };
    }
    // Accept: media ranges in the client's order of preference (q values honoured).
    let mut ranges: Vec<(f32, usize, String)> = accept
        .split(',')
        .enumerate()
        .filter_map(|(i, part)| {
            let mut bits = part.split(';').map(str::trim);
            let media = bits.next()?.to_ascii_lowercase();
            let q = bits.find_map(|b| b.strip_prefix("q=")).and_then(|q| q.parse().ok()).unwrap_or(1.0);
            (!media.is_empty()).then_some((q, i, media))
        })
        .collect();
    ranges.sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap_or(std::cmp::Ordering::Equal).then(a.1.cmp(&b.1)));
    if ranges.is_empty() {
        ranges.push((1.0, 0, "*/*".into()));
    }
    for (q, _, media) in ranges {
        if q <= 0.0 {
            continue;
        }
        if graph {
            if media == "*/*" || media == "text/*" {
                return Some(Wanted::Graph(RdfFormat::Turtle));
            }
            if let Some(f) = RdfFormat::from_media_type(&media) {
                return Some(Wanted::Graph(f));
            }
        } else {
            if media == "*/*" || media == "application/*" {
                return Some(Wanted::Results(QueryResultsFormat::Json));
            }
            if media == "application/json" {
                return Some(Wanted::Results(QueryResultsFormat::Json));
            }
            if let Some(f) = QueryResultsFormat::from_media_type(&media) {
                return Some(Wanted::Results(f));
            }
            if media == "text/*" {
                return Some(Wanted::Results(QueryResultsFormat::Tsv));
            }
        }
    }
    None
}

impl Endpoint {
    /// An endpoint over a loaded store.
    pub fn new(store: Store, options: ServeOptions) -> Self {
        Self { store, options: Arc::new(options) }
    }

    /// Answers one request.
    pub fn handle(&self, request: &mut Request<Body>) -> Response<Body> {
        let path = request.uri().path().to_string();
        let params = form(request.uri().query().unwrap_or(""));
        let param = |k: &str| params.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
        match (request.method().clone(), path.as_str()) {
            (Method::GET, "/") => ok("text/html; charset=utf-8", page::home(&self.options.examples).into_bytes()),
            (Method::GET, "/entity") => match param("iri") {
                Some(iri) => self.entity_page(&iri),
                None => text(StatusCode::BAD_REQUEST, "give the entity as ?iri=…"),
            },
            (Method::GET, "/sparql" | "/query") => {
                if param("update").is_some() {
                    return text(StatusCode::FORBIDDEN, "this endpoint is read-only: SPARQL UPDATE is refused");
                }
                match param("query") {
                    Some(q) => self.query(&q, request, param("format").as_deref()),
                    None => text(StatusCode::BAD_REQUEST, "give a SPARQL query as ?query=… (or POST it)"),
                }
            }
            (Method::POST, "/sparql" | "/query" | "/update") => self.post(request, &path, param("format")),
            (Method::PUT | Method::POST | Method::DELETE | Method::PATCH, _) => {
                text(StatusCode::FORBIDDEN, "this endpoint is read-only: Graph Store writes and updates are refused")
            }
            (Method::GET | Method::HEAD, "/store") => {
                text(StatusCode::NOT_FOUND, "the Graph Store Protocol is not served; query with /sparql")
            }
            _ => text(StatusCode::NOT_FOUND, format!("no such page: {path}")),
        }
    }

    fn post(&self, request: &mut Request<Body>, path: &str, format: Option<String>) -> Response<Body> {
        let content_type = media_type(request.headers());
        if path == "/update" || content_type == "application/sparql-update" {
            return text(StatusCode::FORBIDDEN, "this endpoint is read-only: SPARQL UPDATE is refused");
        }
        let limit = self.options.max_body;
        let mut body = Vec::new();
        if let Err(e) = request.body_mut().take(limit as u64 + 1).read_to_end(&mut body) {
            return text(StatusCode::BAD_REQUEST, format!("cannot read the request body: {e}"));
        }
        if body.len() > limit {
            return text(StatusCode::PAYLOAD_TOO_LARGE, format!("request body over the {limit}-byte limit"));
        }
        let body = match String::from_utf8(body) {
            Ok(b) => b,
            Err(_) => return text(StatusCode::BAD_REQUEST, "the request body is not UTF-8"),
        };
        match content_type.as_str() {
            "application/sparql-query" => self.query(&body, request, format.as_deref()),
            "application/x-www-form-urlencoded" => {
                let fields = form(&body);
                if fields.iter().any(|(k, _)| k == "update") {
                    return text(StatusCode::FORBIDDEN, "this endpoint is read-only: SPARQL UPDATE is refused");
                }
                let format = format.or_else(|| fields.iter().find(|(k, _)| k == "format").map(|(_, v)| v.clone()));
                match fields.iter().find(|(k, _)| k == "query") {
                    Some((_, q)) => self.query(q, request, format.as_deref()),
                    None => text(StatusCode::BAD_REQUEST, "the form has no query field"),
                }
            }
            other => text(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                format!("unsupported content type '{other}' (application/sparql-query or application/x-www-form-urlencoded)"),
            ),
        }
    }

    /// Runs a query under the time and size limits.
    fn query(&self, sparql: &str, request: &Request<Body>, format: Option<&str>) -> Response<Body> {
        let accept = request.headers().get("accept").and_then(|v| v.to_str().ok()).unwrap_or("*/*").to_string();
        let token = CancellationToken::new();
        let prepared = match evaluator().with_cancellation_token(token.clone()).parse_query(sparql) {
            Ok(p) => p,
            Err(e) => return text(StatusCode::BAD_REQUEST, format!("SPARQL syntax error: {e}")),
        };
        // The timer cancels the query; the evaluation notices and stops.
        let timer = {
            let token = token.clone();
            let timeout = self.options.timeout;
            let (done_tx, done_rx) = std::sync::mpsc::channel::<()>();
            std::thread::spawn(move || {
                if done_rx.recv_timeout(timeout).is_err() {
                    token.cancel();
                }
            });
            done_tx
        };
        let response = self.evaluate(prepared, &accept, format, &token);
        drop(timer);
        response
    }

    fn evaluate(
        &self,
        prepared: oxigraph::sparql::PreparedSparqlQuery,
        accept: &str,
        format: Option<&str>,
        token: &CancellationToken,
    ) -> Response<Body> {
        let timeout = self.options.timeout;
        let failed = |e: &dyn std::fmt::Display| {
            if token.is_cancelled() {
                text(StatusCode::SERVICE_UNAVAILABLE, format!("query stopped: it ran past the {} s time limit", timeout.as_secs_f64()))
            } else {
                let m = e.to_string();
                if m.to_ascii_lowercase().contains("service") {
                    text(StatusCode::BAD_REQUEST, "federated SERVICE queries are disabled on this endpoint")
                } else {
                    text(StatusCode::BAD_REQUEST, format!("query failed: {m}"))
                }
            }
        };
        let results = match prepared.on_store(&self.store).execute() {
            Ok(r) => r,
            Err(e) => return failed(&e),
        };
        let max = self.options.max_results;
        let too_many = || text(StatusCode::PAYLOAD_TOO_LARGE, format!("the result has more than {max} rows; add a LIMIT"));
        let graph = matches!(results, QueryResults::Graph(_));
        let Some(wanted) = negotiate(accept, format, graph) else {
            return text(StatusCode::NOT_ACCEPTABLE, format!("cannot answer in '{}' for this query form", format.unwrap_or(accept)));
        };
        // Each form writes into `out`; one place turns the outcome into a response.
        let mut out = Vec::new();
        let (media, written): (&str, Result<(), Stop>) = match (results, wanted) {
            (QueryResults::Boolean(b), Wanted::Results(f)) => {
                let w = QueryResultsSerializer::from_format(f).serialize_boolean_to_writer(&mut out, b);
                (f.media_type(), w.map(|_| ()).map_err(Stop::from))
            }
            (QueryResults::Solutions(solutions), Wanted::Results(f)) => (f.media_type(), (|| {
                let vars = solutions.variables().to_vec();
                let mut w = QueryResultsSerializer::from_format(f).serialize_solutions_to_writer(&mut out, vars)?;
                for (n, s) in solutions.enumerate() {
                    if n >= max {
                        return Err(Stop::TooMany);
                    }
                    w.serialize(&s?)?;
                }
                w.finish()?;
                Ok(())
            })()),
            (QueryResults::Graph(triples), Wanted::Graph(f)) => (f.media_type(), (|| {
                let mut ser = RdfSerializer::from_format(f);
                if f == RdfFormat::Turtle {
                    for (p, ns) in PREFIXES {
                        ser = ser.with_prefix(p, ns).expect("prefix IRIs are valid");
                    }
                }
                let mut w = ser.for_writer(&mut out);
                for (n, t) in triples.enumerate() {
                    if n >= max {
                        return Err(Stop::TooMany);
                    }
                    w.serialize_triple(&t?)?;
                }
                w.finish()?;
                Ok(())
            })()),
            _ => return text(StatusCode::NOT_ACCEPTABLE, "the format does not fit the query form"),
        };
        match written {
            Ok(()) => ok(media, out),
            Err(Stop::TooMany) => too_many(),
            Err(Stop::Failed(e)) => failed(&e),
        }
    }

    fn entity_page(&self, iri: &str) -> Response<Body> {
        if iri.contains(['<', '>', '"', ' ', '{', '}', '\\']) {
            return text(StatusCode::BAD_REQUEST, "not an IRI");
        }
        let rows = |q: String| -> Vec<Vec<String>> {
            let Ok(prepared) = evaluator().parse_query(&q) else { return Vec::new() };
            let Ok(QueryResults::Solutions(s)) = prepared.on_store(&self.store).execute() else { return Vec::new() };
            let vars = s.variables().to_vec();
            s.filter_map(Result::ok)
                .map(|sol| {
                    vars.iter()
                        .map(|v| match sol.get(v) {
                            Some(oxigraph::model::Term::Literal(l)) => l.value().to_string(),
                            Some(oxigraph::model::Term::NamedNode(n)) => n.as_str().to_string(),
                            Some(t) => t.to_string(),
                            None => String::new(),
                        })
                        .collect()
                })
                .collect()
        };
        let head = rows(format!("SELECT ?label ?type WHERE {{ <{iri}> skos:prefLabel ?label ; a ?type }}"));
        let Some(first) = head.first() else {
            return text(StatusCode::NOT_FOUND, format!("no entity <{iri}>"));
        };
        let aliases = rows(format!("SELECT ?a WHERE {{ <{iri}> skos:altLabel ?a }} ORDER BY ?a"));
        let relations = rows(format!(
            "SELECT ?dir ?p ?other ?label ?sentence WHERE {{
               {{ <{iri}> ?p ?other . BIND(\"out\" AS ?dir) }} UNION {{ ?other ?p <{iri}> . BIND(\"in\" AS ?dir) }}
               FILTER(STRSTARTS(STR(?p), STR(ig:)) && ?p NOT IN (ig:mentionCount, ig:level))
               ?other skos:prefLabel ?label .
               OPTIONAL {{ GRAPH ?g {{ ?ev rdf:predicate ?p ; ig:sentenceText ?sentence .
                 {{ ?ev rdf:subject <{iri}> ; rdf:object ?other }} UNION {{ ?ev rdf:subject ?other ; rdf:object <{iri}> }} }} }}
             }} ORDER BY ?dir ?p ?label ?sentence"
        ));
        let mentions = rows(format!(
            "SELECT ?file ?b ?e ?text ?rule WHERE {{ GRAPH ?d {{ ?m itsrdf:taIdentRef <{iri}> ; nif:beginIndex ?b ; nif:endIndex ?e ;
               nif:anchorOf ?text ; ig:rule ?rule . ?d ig:fileName ?file }} }} ORDER BY ?file ?b"
        ));
        ok("text/html; charset=utf-8", page::entity(iri, &first[0], &first[1], &aliases, &relations, &mentions).into_bytes())
    }
}

/// The media type of a message's `Content-Type`, lower case, without parameters (empty when
/// there is none). Shared with the remote client, which reads the answers of other stores.
pub(crate) fn media_type(headers: &oxhttp::model::HeaderMap) -> String {
    let value = headers.get("content-type").and_then(|v| v.to_str().ok()).unwrap_or("");
    value.split(';').next().unwrap_or("").trim().to_ascii_lowercase()
}

/// Serves until the process is stopped (SIGINT/SIGTERM end it cleanly).
pub fn serve(endpoint: Endpoint, bind: std::net::SocketAddr, max_connections: usize) -> std::io::Result<()> {
    let server = oxhttp::Server::new(move |request| endpoint.handle(request))
        .bind(bind)
        .with_global_timeout(Duration::from_secs(120))
        .with_max_concurrent_connections(max_connections)
        .with_server_name(concat!("innograph/", env!("CARGO_PKG_VERSION")))
        .map_err(|e| std::io::Error::other(e.to_string()))?;
    server.spawn()?.join()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_decode() {
        assert_eq!(form("query=SELECT%20*%20WHERE+%7B%7D&x=%E7%A7%91"), [("query".into(), "SELECT * WHERE {}".into()), ("x".into(), "科".into())]);
        assert_eq!(form("a=%zz%"), [("a".to_string(), "%zz%".to_string())]);
    }

    #[test]
    fn negotiation() {
        assert_eq!(negotiate("application/sparql-results+xml", None, false), Some(Wanted::Results(QueryResultsFormat::Xml)));
        assert_eq!(negotiate("text/csv;q=0.5, text/tab-separated-values", None, false), Some(Wanted::Results(QueryResultsFormat::Tsv)));
        assert_eq!(negotiate("*/*", None, true), Some(Wanted::Graph(RdfFormat::Turtle)));
        assert_eq!(negotiate("application/n-triples", None, true), Some(Wanted::Graph(RdfFormat::NTriples)));
        assert_eq!(negotiate("image/png", None, false), None);
        assert_eq!(negotiate("*/*", Some("csv"), false), Some(Wanted::Results(QueryResultsFormat::Csv)));
    }
}
