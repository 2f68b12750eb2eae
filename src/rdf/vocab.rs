//! IRIs of the ontology (`ontology/innograph.ttl`) and the vocabularies it reuses.
#![allow(missing_docs)]

use crate::model::{EntityType, Predicate};

pub const IG: &str = "https://w3id.org/innograph/ontology#";
pub const NIF: &str = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
pub const ITSRDF: &str = "http://www.w3.org/2005/11/its/rdf#";
pub const PROV: &str = "http://www.w3.org/ns/prov#";
pub const SKOS: &str = "http://www.w3.org/2004/02/skos/core#";

/// Prefixes declared in TriG and predeclared for SPARQL queries.
pub const PREFIXES: [(&str, &str); 15] = [
    ("ig", IG),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ("owl", "http://www.w3.org/2002/07/owl#"),
    ("skos", SKOS),
    ("prov", PROV),
    ("nif", NIF),
    ("itsrdf", ITSRDF),
    ("org", "http://www.w3.org/ns/org#"),
    ("schema", "https://schema.org/"),
    ("dcterms", "http://purl.org/dc/terms/"),
    ("qb", "http://purl.org/linked-data/cube#"),
    ("sdmx-measure", "http://purl.org/linked-data/sdmx/2009/measure#"),
    ("sdmx-dimension", "http://purl.org/linked-data/sdmx/2009/dimension#"),
];

pub const IG_LEVEL: &str = "https://w3id.org/innograph/ontology#level";
pub const IG_LEVEL_PLACE: &str = "https://w3id.org/innograph/ontology#levelPlace";
pub const SKOS_IN_SCHEME: &str = "http://www.w3.org/2004/02/skos/core#inScheme";
pub const SKOS_BROADER: &str = "http://www.w3.org/2004/02/skos/core#broader";
pub const QB_OBSERVATION: &str = "http://purl.org/linked-data/cube#Observation";
pub const SDMX_OBS_VALUE: &str = "http://purl.org/linked-data/sdmx/2009/measure#obsValue";
pub const SDMX_REF_PERIOD: &str = "http://purl.org/linked-data/sdmx/2009/dimension#refPeriod";
pub const SDMX_REF_AREA: &str = "http://purl.org/linked-data/sdmx/2009/dimension#refArea";
pub const IG_INDICATOR: &str = "https://w3id.org/innograph/ontology#indicator";
pub const IG_UNIT: &str = "https://w3id.org/innograph/ontology#unit";
pub const IG_CLASSIFIER: &str = "https://w3id.org/innograph/ontology#classifier";

pub const IG_DOCUMENT: &str = "https://w3id.org/innograph/ontology#Document";
pub const IG_RELATION_EVIDENCE: &str = "https://w3id.org/innograph/ontology#RelationEvidence";
pub const IG_TOOL_VERSION: &str = "https://w3id.org/innograph/ontology#toolVersion";
pub const IG_RULES_HASH: &str = "https://w3id.org/innograph/ontology#rulesHash";
pub const IG_MENTIONS: &str = "https://w3id.org/innograph/ontology#mentions";
pub const IG_MENTION_COUNT: &str = "https://w3id.org/innograph/ontology#mentionCount";
pub const IG_FILE_NAME: &str = "https://w3id.org/innograph/ontology#fileName";
pub const IG_CONTENT_HASH: &str = "https://w3id.org/innograph/ontology#contentHash";
pub const IG_ENCODING: &str = "https://w3id.org/innograph/ontology#encoding";
pub const IG_LOCALITY: &str = "https://w3id.org/innograph/ontology#locality";
pub const IG_RULE: &str = "https://w3id.org/innograph/ontology#rule";
pub const IG_SOURCE_BEGIN: &str = "https://w3id.org/innograph/ontology#sourceBeginIndex";
pub const IG_SOURCE_END: &str = "https://w3id.org/innograph/ontology#sourceEndIndex";
pub const IG_SENTENCE_INDEX: &str = "https://w3id.org/innograph/ontology#sentenceIndex";
pub const IG_SENTENCE_TEXT: &str = "https://w3id.org/innograph/ontology#sentenceText";

pub const IG_SURFACE_FORM: &str = "https://w3id.org/innograph/ontology#surfaceForm";
pub const IG_MERGE: &str = "https://w3id.org/innograph/ontology#Merge";
pub const IG_MERGED_INTO: &str = "https://w3id.org/innograph/ontology#mergedInto";
pub const IG_MERGED_NAME: &str = "https://w3id.org/innograph/ontology#mergedName";
pub const IG_MERGED_DOCUMENT: &str = "https://w3id.org/innograph/ontology#mergedDocument";
pub const IG_EVIDENCE: &str = "https://w3id.org/innograph/ontology#evidence";
pub const OWL_SAME_AS: &str = "http://www.w3.org/2002/07/owl#sameAs";

pub const NIF_CONTEXT: &str = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#Context";
pub const NIF_PHRASE: &str = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#Phrase";
pub const NIF_BEGIN_INDEX: &str = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex";
pub const NIF_END_INDEX: &str = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#endIndex";
pub const NIF_ANCHOR_OF: &str = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf";
pub const NIF_REFERENCE_CONTEXT: &str = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#referenceContext";
pub const ITSRDF_TA_IDENT_REF: &str = "http://www.w3.org/2005/11/its/rdf#taIdentRef";
pub const PROV_ACTIVITY: &str = "http://www.w3.org/ns/prov#Activity";
pub const PROV_WAS_GENERATED_BY: &str = "http://www.w3.org/ns/prov#wasGeneratedBy";
pub const SKOS_PREF_LABEL: &str = "http://www.w3.org/2004/02/skos/core#prefLabel";
pub const SKOS_ALT_LABEL: &str = "http://www.w3.org/2004/02/skos/core#altLabel";

/// The ontology class of an entity type.
pub fn class_of(t: EntityType) -> String {
    format!("{IG}{}", t.as_str())
}

/// The ontology property of a predicate.
pub fn property_of(p: Predicate) -> String {
    format!("{IG}{}", p.as_str())
}
