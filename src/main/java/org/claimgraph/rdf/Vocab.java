package org.claimgraph.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/**
 * Every IRI claimgraph writes, in one place: the claimgraph ontology (ontology/claimgraph.ttl) and the
 * terms it borrows from PROV-O, Web Annotation and schema.org. Code refers to these constants, never
 * to IRI strings, so that a renamed term is a one-line change that the compiler follows.
 */
public final class Vocab {

    public static final String CG_NS = "https://w3id.org/claimgraph/ontology#";
    /** Base of the IRIs minted for data: articles, claims, actors, sources. */
    public static final String ID_NS = "https://w3id.org/claimgraph/id/";
    /** Base of actor IRIs, shared by every article that names the actor. */
    public static final String ACTOR_NS = ID_NS + "actor/";
    public static final String ARTICLE_NS = ID_NS + "article/";
    public static final String CLAIM_NS = ID_NS + "claim/";
    public static final String PROV_NS = "http://www.w3.org/ns/prov#";
    public static final String OA_NS = "http://www.w3.org/ns/oa#";
    public static final String SCHEMA_NS = "https://schema.org/";

    /** The named graph that holds cross-article findings (contradictions), apart from article graphs. */
    public static final Resource CONTRADICTIONS_GRAPH = r(ID_NS + "graph/contradictions");
    /** The side index of normalised claim propositions that lets contradiction detection run incrementally. */
    public static final Resource PROPOSITION_INDEX_GRAPH = r(ID_NS + "graph/proposition-index");
    /** The named graph of copies of one story across articles, recomputed over the whole store after ingest. */
    public static final Resource STORIES_GRAPH = r(ID_NS + "graph/stories");
    /** Base of the named graphs computed over many articles, as against the one graph each article has. */
    public static final String GRAPH_NS = ID_NS + "graph/";
    /** Property functions of claimgraph's SPARQL engine that read a page of rows in order from the query index. */
    public static final String FUNCTION_NS = "https://w3id.org/claimgraph/function#";
    public static final String CLAIM_PAGE = FUNCTION_NS + "claimPage";
    public static final String ACTOR_CLAIM_PAGE = FUNCTION_NS + "actorClaimPage";
    public static final String KEY_PAGE = FUNCTION_NS + "keyPage";
    /**
     * The named graph of what stored queries look up across articles: each named node's names, classes,
     * date and place once (however many article graphs repeat them), and the words of names and claims.
     */
    public static final Resource QUERY_INDEX_GRAPH = r(GRAPH_NS + "query-index");
    /** The side index of each article's name-and-number shingles that lets the stories pass compare only new articles. */
    public static final Resource STORY_INDEX_GRAPH = r(ID_NS + "graph/story-index");

    private Vocab() {
    }

    /** The claimgraph ontology. */
    public static final class CG {
        public static final Resource Actor = r(CG_NS + "Actor");
        public static final Resource Person = r(CG_NS + "Person");
        public static final Resource Organization = r(CG_NS + "Organization");
        public static final Resource Outlet = r(CG_NS + "Outlet");
        public static final Resource Source = r(CG_NS + "Source");
        public static final Resource AnonymousSource = r(CG_NS + "AnonymousSource");
        public static final Resource Claim = r(CG_NS + "Claim");
        public static final Resource Article = r(CG_NS + "Article");
        public static final Resource Event = r(CG_NS + "Event");
        public static final Resource RelayHop = r(CG_NS + "RelayHop");
        public static final Resource RelayRole = r(CG_NS + "RelayRole");
        public static final Resource Contradiction = r(CG_NS + "Contradiction");
        public static final Resource Page = r(CG_NS + "Page");
        public static final Resource Story = r(CG_NS + "Story");
        public static final Resource StoryCopy = r(CG_NS + "StoryCopy");
        public static final Resource Place = r(CG_NS + "Place");
        public static final Resource Country = r(CG_NS + "Country");
        public static final Resource Mention = r(CG_NS + "Mention");

        public static final Resource Attack = r(CG_NS + "Attack");
        public static final Resource Visit = r(CG_NS + "Visit");
        public static final Resource Announcement = r(CG_NS + "Announcement");
        public static final Resource Killing = r(CG_NS + "Killing");
        public static final Resource Talks = r(CG_NS + "Talks");
        public static final Resource Suspension = r(CG_NS + "Suspension");
        public static final Resource Ceasefire = r(CG_NS + "Ceasefire");

        public static final Resource DirectQuote = r(CG_NS + "DirectQuote");
        public static final Resource IndirectQuote = r(CG_NS + "IndirectQuote");
        public static final Resource MixedQuote = r(CG_NS + "MixedQuote");

        public static final Resource Said = r(CG_NS + "Said");
        public static final Resource QuotedBy = r(CG_NS + "QuotedBy");
        public static final Resource ToldTo = r(CG_NS + "ToldTo");
        public static final Resource ReportedBy = r(CG_NS + "ReportedBy");
        public static final Resource CitedBy = r(CG_NS + "CitedBy");
        public static final Resource TranslatedBy = r(CG_NS + "TranslatedBy");
        public static final Resource ReprintedBy = r(CG_NS + "ReprintedBy");
        public static final Resource PublishedBy = r(CG_NS + "PublishedBy");

        public static final Resource Translation = r(CG_NS + "Translation");
        public static final Resource MachineTranslation = r(CG_NS + "MachineTranslation");
        public static final Resource Reprint = r(CG_NS + "Reprint");
        public static final Resource SpunCopy = r(CG_NS + "SpunCopy");

        public static final Resource ContradictionKind = r(CG_NS + "ContradictionKind");
        public static final Resource ExplicitDenial = r(CG_NS + "ExplicitDenial");
        public static final Resource OpposingClaims = r(CG_NS + "OpposingClaims");
        public static final Resource ConflictingCredit = r(CG_NS + "ConflictingCredit");
        public static final Resource NumericConflict = r(CG_NS + "NumericConflict");
        public static final Resource DivergentRetelling = r(CG_NS + "DivergentRetelling");

        public static final Property attributedTo = p(CG_NS + "attributedTo");
        public static final Property inArticle = p(CG_NS + "inArticle");
        public static final Property contentText = p(CG_NS + "contentText");
        public static final Property cueText = p(CG_NS + "cueText");
        public static final Property sourceText = p(CG_NS + "sourceText");
        public static final Property quoteKind = p(CG_NS + "quoteKind");
        public static final Property contentSpan = p(CG_NS + "contentSpan");
        public static final Property cueSpan = p(CG_NS + "cueSpan");
        public static final Property sourceSpan = p(CG_NS + "sourceSpan");
        public static final Property about = p(CG_NS + "about");
        public static final Property hop = p(CG_NS + "hop");
        public static final Property depth = p(CG_NS + "depth");
        public static final Property agent = p(CG_NS + "agent");
        public static final Property role = p(CG_NS + "role");
        public static final Property evidence = p(CG_NS + "evidence");
        public static final Property description = p(CG_NS + "description");
        public static final Property sourceCount = p(CG_NS + "sourceCount");
        public static final Property originalReporter = p(CG_NS + "originalReporter");
        public static final Property copyKind = p(CG_NS + "copyKind");
        public static final Property origin = p(CG_NS + "origin");
        public static final Property contentHash = p(CG_NS + "contentHash");
        public static final Property text = p(CG_NS + "text");
        public static final Property claimA = p(CG_NS + "claimA");
        public static final Property claimB = p(CG_NS + "claimB");
        public static final Property kind = p(CG_NS + "kind");
        public static final Property explanation = p(CG_NS + "explanation");
        public static final Property confidence = p(CG_NS + "confidence");
        public static final Property topic = p(CG_NS + "topic");
        public static final Property sourceA = p(CG_NS + "sourceA");
        public static final Property sourceB = p(CG_NS + "sourceB");
        public static final Property evidenceA = p(CG_NS + "evidenceA");
        public static final Property evidenceB = p(CG_NS + "evidenceB");
        public static final Property propositionKey = p(CG_NS + "propositionKey");
        public static final Property searchWord = p(CG_NS + "searchWord");
        public static final Property onPage = p(CG_NS + "onPage");
        public static final Property hasStory = p(CG_NS + "hasStory");
        public static final Property storySpan = p(CG_NS + "storySpan");
        public static final Property copy = p(CG_NS + "copy");
        public static final Property alignedSentences = p(CG_NS + "alignedSentences");
        public static final Property copySentences = p(CG_NS + "copySentences");
        public static final Property similarity = p(CG_NS + "similarity");
        public static final Property shingle = p(CG_NS + "shingle");
        public static final Property shingleCount = p(CG_NS + "shingleCount");
        public static final Property mentionOf = p(CG_NS + "mentionOf");
        public static final Property mentionSpan = p(CG_NS + "mentionSpan");
        public static final Property title = p(CG_NS + "title");
        public static final Property participant = p(CG_NS + "participant");
        public static final Property doneBy = p(CG_NS + "doneBy");
        public static final Property doneTo = p(CG_NS + "doneTo");
        public static final Property place = p(CG_NS + "place");
        public static final Property date = p(CG_NS + "date");
        public static final Property dateText = p(CG_NS + "dateText");

        // Story versions: sentences whose facts differ between copies of one story (stories graph)
        public static final Resource SentenceDivergence = r(CG_NS + "SentenceDivergence");
        public static final Resource DifferenceKind = r(CG_NS + "DifferenceKind");
        public static final Resource NumberDifference = r(CG_NS + "NumberDifference");
        public static final Resource NegationDifference = r(CG_NS + "NegationDifference");
        public static final Resource FactDifference = r(CG_NS + "FactDifference");
        public static final Property divergence = p(CG_NS + "divergence");
        public static final Property articleA = p(CG_NS + "articleA");
        public static final Property articleB = p(CG_NS + "articleB");
        public static final Property sentenceA = p(CG_NS + "sentenceA");
        public static final Property sentenceB = p(CG_NS + "sentenceB");
        public static final Property differenceKind = p(CG_NS + "differenceKind");
        public static final Property difference = p(CG_NS + "difference");

        // Sort keys and the layout version kept in the query index graph
        public static final Property displayName = p(CG_NS + "displayName");
        public static final Property timelineDate = p(CG_NS + "timelineDate");
        public static final Property indexVersion = p(CG_NS + "indexVersion");
        // Page keys kept in the query index graph: an order-preserving number per claim's article
        public static final Property pageKey = p(CG_NS + "pageKey");
        public static final Property saidKey = p(CG_NS + "saidKey");
        public static final Property aboutKey = p(CG_NS + "aboutKey");
        // One shown name per named node, and order keys for the listings by name and by date
        public static final Property shownName = p(CG_NS + "shownName");
        public static final Property nameKey = p(CG_NS + "nameKey");
        public static final Property dateKey = p(CG_NS + "dateKey");
        public static final Property claimKey = p(CG_NS + "claimKey");
        /** What every evidence span is: an article IRI with an RFC 5147 #char=start,end fragment (TextSegment). */
        public static final Resource TextSegment = r(CG_NS + "TextSegment");

        private CG() {
        }
    }

    /** W3C PROV-O terms the ontology aligns with. */
    public static final class PROV {
        public static final Resource Entity = r(PROV_NS + "Entity");
        public static final Resource Agent = r(PROV_NS + "Agent");
        public static final Resource Derivation = r(PROV_NS + "Derivation");
        public static final Property wasAttributedTo = p(PROV_NS + "wasAttributedTo");
        public static final Property wasDerivedFrom = p(PROV_NS + "wasDerivedFrom");
        public static final Property qualifiedDerivation = p(PROV_NS + "qualifiedDerivation");
        public static final Property entity = p(PROV_NS + "entity");

        private PROV() {
        }
    }

    /** W3C Web Annotation terms for evidence spans. */
    public static final class OA {
        public static final Resource SpecificResource = r(OA_NS + "SpecificResource");
        public static final Resource TextPositionSelector = r(OA_NS + "TextPositionSelector");
        public static final Resource TextQuoteSelector = r(OA_NS + "TextQuoteSelector");
        public static final Property hasSource = p(OA_NS + "hasSource");
        public static final Property hasSelector = p(OA_NS + "hasSelector");
        public static final Property start = p(OA_NS + "start");
        public static final Property end = p(OA_NS + "end");
        public static final Property exact = p(OA_NS + "exact");

        private OA() {
        }
    }

    /** schema.org terms for articles. */
    public static final class SDO {
        public static final Resource NewsArticle = r(SCHEMA_NS + "NewsArticle");
        /** In the gazetteer: an organ of a state, which "the group" never refers to. */
        public static final Resource GovernmentOrganization = r(SCHEMA_NS + "GovernmentOrganization");
        public static final Property headline = p(SCHEMA_NS + "headline");
        public static final Property datePublished = p(SCHEMA_NS + "datePublished");
        public static final Property publisher = p(SCHEMA_NS + "publisher");
        public static final Property author = p(SCHEMA_NS + "author");
        public static final Property inLanguage = p(SCHEMA_NS + "inLanguage");
        public static final Property url = p(SCHEMA_NS + "url");
        public static final Property containedInPlace = p(SCHEMA_NS + "containedInPlace");

        private SDO() {
        }
    }

    // ---------------------------------------------------------------- dataset description (VoID, DCAT)

    public static final String VOID_NS = "http://rdfs.org/ns/void#";
    public static final String DCAT_NS = "http://www.w3.org/ns/dcat#";
    public static final String DCTERMS_NS = "http://purl.org/dc/terms/";
    /** The ontology's own IRI (its terms are in {@link #CG_NS}). */
    public static final Resource ONTOLOGY = r("https://w3id.org/claimgraph/ontology");
    /** The dataset a store holds, as its VoID/DCAT description names it. */
    public static final Resource DATASET = r(ID_NS + "dataset");
    /** The named graph an export puts the dataset description in. */
    public static final Resource DESCRIPTION_GRAPH = r(ID_NS + "graph/void");
    /** The IANA media type of TriG, as DCAT names a distribution's format. */
    public static final Resource TRIG_MEDIA_TYPE = r("https://www.iana.org/assignments/media-types/application/trig");

    /** VoID: the vocabulary of interlinked datasets. */
    public static final class VOID {
        public static final Resource Dataset = r(VOID_NS + "Dataset");
        public static final Property triples = p(VOID_NS + "triples");
        public static final Property entities = p(VOID_NS + "entities");
        public static final Property classes = p(VOID_NS + "classes");
        public static final Property classPartition = p(VOID_NS + "classPartition");
        public static final Property clazz = p(VOID_NS + "class");
        public static final Property sparqlEndpoint = p(VOID_NS + "sparqlEndpoint");
        public static final Property dataDump = p(VOID_NS + "dataDump");
        public static final Property vocabulary = p(VOID_NS + "vocabulary");
        public static final Property rootResource = p(VOID_NS + "rootResource");

        private VOID() {
        }
    }

    /** DCAT: the data catalog vocabulary. */
    public static final class DCAT {
        public static final Resource Dataset = r(DCAT_NS + "Dataset");
        public static final Resource Distribution = r(DCAT_NS + "Distribution");
        public static final Property distribution = p(DCAT_NS + "distribution");
        public static final Property accessURL = p(DCAT_NS + "accessURL");
        public static final Property downloadURL = p(DCAT_NS + "downloadURL");
        public static final Property mediaType = p(DCAT_NS + "mediaType");
        public static final Property startDate = p(DCAT_NS + "startDate");
        public static final Property endDate = p(DCAT_NS + "endDate");

        private DCAT() {
        }
    }

    /** Dublin Core terms for the dataset description. */
    public static final class DCT {
        public static final Resource PeriodOfTime = r(DCTERMS_NS + "PeriodOfTime");
        public static final Property title = p(DCTERMS_NS + "title");
        public static final Property description = p(DCTERMS_NS + "description");
        public static final Property modified = p(DCTERMS_NS + "modified");
        public static final Property temporal = p(DCTERMS_NS + "temporal");
        public static final Property license = p(DCTERMS_NS + "license");
        public static final Property rights = p(DCTERMS_NS + "rights");
        public static final Property publisher = p(DCTERMS_NS + "publisher");
        public static final Property conformsTo = p(DCTERMS_NS + "conformsTo");
        public static final Property format = p(DCTERMS_NS + "format");

        private DCT() {
        }
    }

    /** The prefixes used in dumps and stored queries. */
    public static PrefixMapping prefixes() {
        return PrefixMapping.Factory.create()
                .setNsPrefix("cg", CG_NS)
                .setNsPrefix("cgid", ID_NS)
                .setNsPrefix("prov", PROV_NS)
                .setNsPrefix("oa", OA_NS)
                .setNsPrefix("schema", SCHEMA_NS)
                .setNsPrefix("skos", SKOS.getURI())
                .setNsPrefix("rdf", RDF.getURI())
                .setNsPrefix("rdfs", RDFS.getURI())
                .setNsPrefix("owl", OWL.getURI())
                .setNsPrefix("xsd", XSD.getURI())
                .lock();
    }

    /** The dump prefixes plus those of the dataset description, for exports. */
    public static PrefixMapping exportPrefixes() {
        return PrefixMapping.Factory.create()
                .setNsPrefixes(prefixes())
                .setNsPrefix("void", VOID_NS)
                .setNsPrefix("dcat", DCAT_NS)
                .setNsPrefix("dcterms", DCTERMS_NS)
                .lock();
    }

    private static Resource r(String iri) {
        return ResourceFactory.createResource(iri);
    }

    private static Property p(String iri) {
        return ResourceFactory.createProperty(iri);
    }
}
