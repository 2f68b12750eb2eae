//! HTTP authentication challenges, and the client side of Digest access authentication
//! (RFC 7616, with RFC 2617's MD5 and RFC 2069's answer without `qop`).
//!
//! Virtuoso's Graph Store endpoint and Fuseki started with `--auth=digest` only take Digest.
//! Only what a client needs is here: reading `WWW-Authenticate` challenges and computing the
//! `Authorization` answer to one; MD5 and SHA-256, plain and `-sess`, `qop` `auth` and
//! `auth-int`. The hashes are RustCrypto's `md-5` and `sha2`.

/// One challenge of a `WWW-Authenticate` header: a scheme and its parameters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Challenge {
    /// The scheme, lower-cased (`basic`, `digest`, `bearer`...).
    pub scheme: String,
    /// Parameters in order, names lower-cased, values unquoted.
    pub params: Vec<(String, String)>,
}

impl Challenge {
    /// The value of a parameter.
    pub fn param(&self, name: &str) -> Option<&str> {
        self.params.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }
}

/// Reads every challenge of a `WWW-Authenticate` header value (a header may hold several,
/// separated by commas, as may their parameters). Unreadable parts are skipped.
pub fn parse_challenges(header: &str) -> Vec<Challenge> {
    let mut out: Vec<Challenge> = Vec::new();
    let mut rest = header.trim_start();
    while !rest.is_empty() {
        rest = rest.trim_start_matches([',', ' ', '\t']);
        let token_end = rest.find(|c: char| !is_token_char(c)).unwrap_or(rest.len());
        if token_end == 0 {
            // Not a token: skip one character and go on.
            let mut chars = rest.chars();
            chars.next();
            rest = chars.as_str();
            continue;
        }
        let token = &rest[..token_end];
        let after = rest[token_end..].trim_start_matches([' ', '\t']);
        if let Some(value_part) = after.strip_prefix('=').filter(|v| !v.starts_with('=')) {
            // A parameter of the current challenge.
            let value_part = value_part.trim_start_matches([' ', '\t']);
            let (value, remaining) = read_value(value_part);
            if let Some(current) = out.last_mut() {
                current.params.push((token.to_ascii_lowercase(), value));
            }
            rest = remaining;
        } else if after.starts_with('=') {
            // token68 (Bearer and the like): its value is of no use here.
            let end = after.find(',').unwrap_or(after.len());
            rest = &after[end..];
        } else {
            out.push(Challenge { scheme: token.to_ascii_lowercase(), params: Vec::new() });
            rest = after;
        }
    }
    out
}

fn is_token_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c)
}

/// A quoted string (with backslash escapes) or a token; returns it and what follows.
fn read_value(s: &str) -> (String, &str) {
    if let Some(quoted) = s.strip_prefix('"') {
        let mut value = String::new();
        let mut chars = quoted.char_indices();
        while let Some((i, c)) = chars.next() {
            match c {
                '\\' => {
                    if let Some((_, escaped)) = chars.next() {
                        value.push(escaped);
                    }
                }
                '"' => return (value, &quoted[i + 1..]),
                c => value.push(c),
            }
        }
        (value, "")
    } else {
        let end = s.find([',', ' ', '\t']).unwrap_or(s.len());
        (s[..end].to_string(), &s[end..])
    }
}

/// The hash functions of RFC 7616 this client computes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Algorithm {
    Md5,
    Sha256,
}

impl Algorithm {
    fn hash(self, data: &str) -> String {
        match self {
            Self::Md5 => hex(<md5::Md5 as md5::Digest>::digest(data.as_bytes()).as_ref()),
            Self::Sha256 => hex(<sha2::Sha256 as sha2::Digest>::digest(data.as_bytes()).as_ref()),
        }
    }

    fn hash_bytes(self, data: &[u8]) -> String {
        match self {
            Self::Md5 => hex(<md5::Md5 as md5::Digest>::digest(data).as_ref()),
            Self::Sha256 => hex(<sha2::Sha256 as sha2::Digest>::digest(data).as_ref()),
        }
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A Digest challenge this client can answer, and how many requests have used its nonce.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DigestSession {
    realm: String,
    nonce: String,
    opaque: Option<String>,
    algorithm: Algorithm,
    /// The algorithm's name as the store wrote it, echoed back.
    algorithm_name: Option<String>,
    sess: bool,
    qop: Option<&'static str>,
    nonce_count: u32,
    /// This client's nonce, one per challenge answered (a `-sess` key is built on it).
    cnonce: String,
}

impl DigestSession {
    /// The Digest challenge among `challenges` this client answers best (SHA-256 before
    /// MD5), or `None` when there is none it can answer.
    pub fn choose(challenges: &[Challenge]) -> Option<Self> {
        challenges.iter().filter(|c| c.scheme == "digest").filter_map(Self::from_challenge).max_by_key(|s| s.algorithm == Algorithm::Sha256)
    }

    fn from_challenge(c: &Challenge) -> Option<Self> {
        let name = c.param("algorithm");
        let upper = name.unwrap_or("MD5").to_ascii_uppercase();
        let (base, sess) = match upper.strip_suffix("-SESS") {
            Some(base) => (base.to_string(), true),
            None => (upper, false),
        };
        let algorithm = match base.as_str() {
            "MD5" => Algorithm::Md5,
            "SHA-256" => Algorithm::Sha256,
            _ => return None,
        };
        let qop = match c.param("qop") {
            None => None,
            Some(list) => {
                let offered: Vec<String> = list.split(',').map(|q| q.trim().to_ascii_lowercase()).collect();
                if offered.iter().any(|q| q == "auth") {
                    Some("auth")
                } else if offered.iter().any(|q| q == "auth-int") {
                    Some("auth-int")
                } else {
                    return None;
                }
            }
        };
        // RFC 2069 answers (no qop) have no cnonce, which a -sess key needs.
        if sess && qop.is_none() {
            return None;
        }
        Some(Self {
            realm: c.param("realm")?.to_string(),
            nonce: c.param("nonce")?.to_string(),
            opaque: c.param("opaque").map(str::to_string),
            algorithm,
            algorithm_name: name.map(str::to_string),
            sess,
            qop,
            nonce_count: 0,
            cnonce: cnonce(),
        })
    }

    /// Whether two sessions answer the same challenge (same nonce and realm).
    pub fn same_challenge(&self, other: &Self) -> bool {
        self.nonce == other.nonce && self.realm == other.realm
    }

    /// The same session with a given client nonce (for tests against published examples).
    #[cfg(test)]
    fn with_cnonce(mut self, cnonce: &str) -> Self {
        self.cnonce = cnonce.to_string();
        self
    }

    /// The `Authorization` header value for a request: its method, its request target (path
    /// and query, as on the request line) and body. Each call counts one use of the nonce.
    pub fn authorization(&mut self, user: &str, password: &str, method: &str, uri: &str, body: &[u8]) -> String {
        self.nonce_count += 1;
        let nc = format!("{:08x}", self.nonce_count);
        let cnonce = self.cnonce.as_str();
        let h = |s: &str| self.algorithm.hash(s);
        let mut ha1 = h(&format!("{user}:{}:{password}", self.realm));
        if self.sess {
            ha1 = h(&format!("{ha1}:{}:{cnonce}", self.nonce));
        }
        let ha2 = match self.qop {
            Some("auth-int") => h(&format!("{method}:{uri}:{}", self.algorithm.hash_bytes(body))),
            _ => h(&format!("{method}:{uri}")),
        };
        let response = match self.qop {
            Some(qop) => h(&format!("{ha1}:{}:{nc}:{cnonce}:{qop}:{ha2}", self.nonce)),
            None => h(&format!("{ha1}:{}:{ha2}", self.nonce)),
        };
        let mut header = format!(
            "Digest username=\"{}\", realm=\"{}\", nonce=\"{}\", uri=\"{}\", response=\"{response}\"",
            quote(user),
            quote(&self.realm),
            quote(&self.nonce),
            quote(uri)
        );
        if let Some(name) = &self.algorithm_name {
            header.push_str(&format!(", algorithm={name}"));
        }
        if let Some(opaque) = &self.opaque {
            header.push_str(&format!(", opaque=\"{}\"", quote(opaque)));
        }
        if let Some(qop) = self.qop {
            header.push_str(&format!(", qop={qop}, nc={nc}, cnonce=\"{}\"", quote(cnonce)));
        }
        header
    }
}

/// Escapes a quoted-string's content.
fn quote(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"")
}

/// A fresh client nonce: 16 random bytes from the operating system, in hex.
pub fn cnonce() -> String {
    let mut bytes = [0u8; 16];
    if getrandom::fill(&mut bytes).is_err() {
        // No system randomness (never seen on a supported system): the time still makes
        // the cnonce unique, which is what the protocol needs of it.
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or_default();
        bytes.copy_from_slice(&nanos.to_le_bytes());
    }
    hex(&bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn challenges_are_read_with_their_parameters() {
        let c = parse_challenges(r#"Digest realm="SPARQL", domain="/sparql-graph-crud-auth", nonce="e1e1", opaque="5ebe", stale="false", qop="auth", algorithm="MD5""#);
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].scheme, "digest");
        assert_eq!(c[0].param("realm"), Some("SPARQL"));
        assert_eq!(c[0].param("algorithm"), Some("MD5"));
        let several = parse_challenges(r#"Basic realm="a, b", Digest realm="r", nonce=abc, qop="auth,auth-int", Bearer abc=="#);
        let schemes: Vec<&str> = several.iter().map(|c| c.scheme.as_str()).collect();
        assert_eq!(schemes, ["basic", "digest", "bearer"]);
        assert_eq!(several[0].param("realm"), Some("a, b"));
        assert_eq!(several[1].param("nonce"), Some("abc"));
        assert_eq!(several[1].param("qop"), Some("auth,auth-int"));
        assert_eq!(parse_challenges(r#"Digest realm="esc\"aped""#)[0].param("realm"), Some("esc\"aped"));
    }

    #[test]
    fn answers_rfc_2617_example() {
        // RFC 2617 section 3.5: Mufasa, "Circle Of Life", GET /dir/index.html.
        let c = parse_challenges(r#"Digest realm="testrealm@host.com", qop="auth,auth-int", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", opaque="5ccc069c403ebaf9f0171e9517f40e41""#);
        let mut s = DigestSession::choose(&c).unwrap().with_cnonce("0a4f113b");
        let h = s.authorization("Mufasa", "Circle Of Life", "GET", "/dir/index.html", b"");
        assert!(h.contains(r#"response="6629fae49393a05397450978507c4ef1""#), "{h}");
        assert!(h.contains("qop=auth, nc=00000001, cnonce=\"0a4f113b\""), "{h}");
        assert!(h.contains(r#"opaque="5ccc069c403ebaf9f0171e9517f40e41""#), "{h}");
        // The next request counts the nonce's second use.
        assert!(s.authorization("Mufasa", "Circle Of Life", "GET", "/dir/index.html", b"").contains("nc=00000002"));
    }

    #[test]
    fn answers_rfc_7616_sha256_example() {
        // RFC 7616 section 3.9.1, the SHA-256 challenge.
        let c = parse_challenges(
            r#"Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm=SHA-256, nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS", Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm=MD5, nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS""#,
        );
        let mut s = DigestSession::choose(&c).unwrap().with_cnonce("f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ");
        let h = s.authorization("Mufasa", "Circle of Life", "GET", "/dir/index.html", b"");
        assert!(h.contains(r#"response="753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1""#), "{h}");
        assert!(h.contains("algorithm=SHA-256"), "{h}");
    }

    #[test]
    fn answers_without_qop_as_rfc_2069() {
        let c = parse_challenges(r#"Digest realm="testrealm@host.com", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093""#);
        let mut s = DigestSession::choose(&c).unwrap();
        let h = s.authorization("Mufasa", "Circle Of Life", "GET", "/dir/index.html", b"");
        // H(H(A1):nonce:H(A2)), computed here from its definition.
        let ha1 = Algorithm::Md5.hash("Mufasa:testrealm@host.com:Circle Of Life");
        let ha2 = Algorithm::Md5.hash("GET:/dir/index.html");
        let expected = Algorithm::Md5.hash(&format!("{ha1}:dcd98b7102dd2f0e8b11d0f600bfb0c093:{ha2}"));
        assert!(h.contains(&format!("response=\"{expected}\"")), "{h}");
        assert!(!h.contains("qop") && !h.contains("cnonce"), "{h}");
    }

    #[test]
    fn unknown_algorithms_and_schemes_are_not_answered() {
        assert!(DigestSession::choose(&parse_challenges(r#"Digest realm="r", nonce="n", algorithm=SHA-512-256"#)).is_none());
        assert!(DigestSession::choose(&parse_challenges(r#"Basic realm="r""#)).is_none());
        assert!(DigestSession::choose(&parse_challenges(r#"Digest nonce="n""#)).is_none());
    }

    #[test]
    fn cnonces_differ() {
        assert_ne!(cnonce(), cnonce());
        assert_eq!(cnonce().len(), 32);
    }
}
