// LuceneBench: the Lucene 8 peer of scripts/bench (Debian's liblucene8-java).
//
// Usage: java -cp JARS:. LuceneBench index DIR EXPORT.jsonl
//        java -cp JARS:. LuceneBench query DIR QUERIES [--warmup-seconds S] [--passes P]
//                                        [--hits built,ids] [--highlighter fast|defaults]
// Index: EnglishAnalyzer (Porter stemming, English stop words); fields
// "title" (stored) and "text" (title, company, places, industries, skills,
// description: what jobsearch indexes unprefixed); id, company and
// description stored too, the id also as binary doc values; facets location,
// employment_type and education as multi-valued SortedSetDocValues facet
// fields plus StringFields to filter on; force-merged to one segment at the end.
// Query: every clause MUST match in "text" (or "title" for title: clauses),
// plus the same clauses on "title" as an optional clause boosted 2x (the title
// scored as a field of its own); BM25 (Lucene's default). Facets: counted
// from doc values over all matches (FacetsCollector), top 10 of each.
// Hits, as bench_query builds them: "built" loads each top-10 hit's stored
// fields and highlights its title (whole) and a ~240-character passage of
// its description with the UnifiedHighlighter (offsets by re-analysing
// the stored text, as jobsearch scans its stored description), or its
// opening without a match; "ids" reads each hit's id from doc values (as
// jobsearch's ids_only reads a value slot). The highlighter is set for
// speed, as jobsearch's snippets are ("fast": no passage relevancy over
// speed, no weight matches, phrases marked word by word, so it marks terms
// in the re-analysed text without building a MemoryIndex per hit);
// "--highlighter defaults" keeps Lucene's defaults.
// Prints the same JSON as bench_query.
import java.io.BufferedReader;
import java.text.BreakIterator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

public final class LuceneBench {
  static final String[] FACETS = {"location", "employment_type", "education"};
  static final float TITLE_BOOST = 2.0f;
  static final int SNIPPET_LENGTH = 240;  // characters, as jobsearch's snippets
  static final String[] HIGHLIGHTED = {"title", "description"};
  static final int[] PASSAGES = {1, 1};

  public static void main(String[] args) throws Exception {
    if (args.length >= 3 && args[0].equals("index")) {
      index(args[1], args[2]);
    } else if (args.length >= 3 && args[0].equals("query")) {
      double warmup = 60;
      int passes = 3;
      String hits = "built,ids";
      boolean fast = true;
      for (int i = 3; i + 1 < args.length; i += 2) {
        if (args[i].equals("--warmup-seconds")) warmup = Double.parseDouble(args[i + 1]);
        else if (args[i].equals("--passes")) passes = Integer.parseInt(args[i + 1]);
        else if (args[i].equals("--hits")) hits = args[i + 1];
        else if (args[i].equals("--highlighter")) fast = !args[i + 1].equals("defaults");
        else throw new IllegalArgumentException("unknown option " + args[i]);
      }
      List<Boolean> idsOnly = new ArrayList<>();
      for (String mode : hits.split(",")) {
        if (!mode.equals("built") && !mode.equals("ids"))
          throw new IllegalArgumentException("--hits takes built and/or ids, not " + mode);
        idsOnly.add(mode.equals("ids"));
      }
      new LuceneBench(args[1], fast).time(readLines(args[2]), warmup, passes, idsOnly);
    } else {
      System.err.println("usage: LuceneBench index DIR EXPORT.jsonl | query DIR QUERIES "
          + "[--warmup-seconds S] [--passes P] [--hits built,ids] [--highlighter fast|defaults]");
      System.exit(2);
    }
  }

  static List<Object> readLines(String path) throws Exception {
    List<Object> values = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(Paths.get(path), StandardCharsets.UTF_8)) {
      for (String line; (line = in.readLine()) != null; ) {
        if (!line.isBlank()) values.add(MiniJson.parse(line));
      }
    }
    return values;
  }

  @SuppressWarnings("unchecked")
  static List<String> strings(Map<String, Object> map, String key) {
    Object value = map.get(key);
    return value == null ? List.of() : (List<String>) (List<?>) value;
  }

  static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (String facet : FACETS) config.setMultiValued(facet, true);
    return config;
  }

  @SuppressWarnings("unchecked")
  static void index(String dir, String exportPath) throws Exception {
    IndexWriterConfig config = new IndexWriterConfig(new EnglishAnalyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    config.setRAMBufferSizeMB(64);
    FacetsConfig facets = facetsConfig();
    long count = 0;
    long mergeStart = 0;
    try (IndexWriter writer = new IndexWriter(FSDirectory.open(Paths.get(dir)), config);
         BufferedReader in =
             Files.newBufferedReader(Paths.get(exportPath), StandardCharsets.UTF_8)) {
      for (String line; (line = in.readLine()) != null; ) {
        Map<String, Object> posting = (Map<String, Object>) MiniJson.parse(line);
        writer.addDocument(facets.build(document(posting)));
        count++;
      }
      mergeStart = System.nanoTime();
      writer.forceMerge(1);
      writer.commit();
    }
    System.out.println("{\"postings\": " + count + ", \"merge_seconds\": "
        + (System.nanoTime() - mergeStart) / 1e9 + "}");
  }

  static Document document(Map<String, Object> posting) {
    String title = (String) posting.get("title");
    String company = (String) posting.get("company");
    StringBuilder text = new StringBuilder(title).append('\n').append(company);
    for (String list : new String[] {"places", "industries", "skills"}) {
      for (String item : strings(posting, list)) text.append('\n').append(item);
    }
    String description = (String) posting.get("description");
    text.append('\n').append(description);
    Document doc = new Document();
    String id = (String) posting.get("id");
    doc.add(new StringField("id", id, Field.Store.YES));
    doc.add(new BinaryDocValuesField("id", new BytesRef(id)));
    doc.add(new TextField("title", title, Field.Store.YES));
    doc.add(new StoredField("company", company));
    doc.add(new StoredField("description", description));
    doc.add(new TextField("text", text.toString(), Field.Store.NO));
    for (String facet : FACETS) {
      for (String value : strings(posting, facet)) {
        if (value.isEmpty()) continue;
        doc.add(new SortedSetDocValuesFacetField(facet, value));
        doc.add(new StringField("f_" + facet, value, Field.Store.NO));
      }
    }
    return doc;
  }

  private final IndexSearcher searcher;
  private final SortedSetDocValuesReaderState facetState;
  private final QueryBuilder builder = new QueryBuilder(new EnglishAnalyzer());
  private final UnifiedHighlighter highlighter;
  long sink;

  LuceneBench(String dir, boolean fastHighlighter) throws Exception {
    DirectoryReader reader = DirectoryReader.open(FSDirectory.open(Paths.get(dir)));
    searcher = new IndexSearcher(reader);
    facetState = new DefaultSortedSetDocValuesReaderState(reader);
    highlighter = new UnifiedHighlighter(searcher, new EnglishAnalyzer()) {
      @Override
      protected BreakIterator getBreakIterator(String field) {
        // The whole title; a passage of about SNIPPET_LENGTH from the description.
        return field.equals("title") ? new WholeBreakIterator()
            : LengthGoalBreakIterator.createClosestToLength(
                BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_LENGTH);
      }

      @Override
      protected Set<HighlightFlag> getFlags(String field) {
        return fastHighlighter ? EnumSet.noneOf(HighlightFlag.class) : super.getFlags(field);
      }
    };
    highlighter.setFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true));
    // The query's words are on "text" and "title": mark them in any field,
    // as jobsearch marks the query's words wherever they occur.
    highlighter.setFieldMatcher(field -> true);
  }

  /** The clauses AND-ed on `defaultField` (title: clauses stay on the title); null if empty. */
  @SuppressWarnings("unchecked")
  Query clauses(List<Object> clauses, String defaultField) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    int added = 0;
    for (Object item : clauses) {
      Map<String, Object> clause = (Map<String, Object>) item;
      String field = ((String) clause.get("field")).isEmpty() ? defaultField : "title";
      List<String> words = strings(clause, "words");
      Query part = Boolean.TRUE.equals(clause.get("phrase"))
          ? builder.createPhraseQuery(field, String.join(" ", words))
          : builder.createBooleanQuery(field, String.join(" ", words), Occur.MUST);
      if (part != null) {
        all.add(part, Occur.MUST);
        added++;
      }
    }
    return added == 0 ? null : all.build();
  }

  @SuppressWarnings("unchecked")
  Query query(Map<String, Object> spec) {
    List<Object> clauses = (List<Object>) spec.get("clauses");
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(clauses(clauses, "text"), Occur.MUST);
    boolean anyPlain = false;
    for (Object item : clauses) {
      anyPlain |= ((String) ((Map<String, Object>) item).get("field")).isEmpty();
    }
    Query title = anyPlain ? clauses(clauses, "title") : null;
    if (title != null) query.add(new BoostQuery(title, TITLE_BOOST), Occur.SHOULD);
    Map<String, Object> filters = (Map<String, Object>) spec.get("filters");
    if (filters != null) {
      for (Map.Entry<String, Object> filter : filters.entrySet()) {
        BooleanQuery.Builder values = new BooleanQuery.Builder();
        for (String value : (List<String>) filter.getValue()) {
          values.add(new TermQuery(new Term("f_" + filter.getKey(), value)), Occur.SHOULD);
        }
        query.add(values.build(), Occur.FILTER);
      }
    }
    return query.build();
  }

  long run(Map<String, Object> spec, boolean withFacets, boolean idsOnly) throws Exception {
    Query query = query(spec);
    TopDocs top;
    if (withFacets) {
      FacetsCollector collector = new FacetsCollector();
      top = FacetsCollector.search(searcher, query, 10, collector);
      Facets facets = new SortedSetDocValuesFacetCounts(facetState, collector);
      for (String facet : FACETS) {
        try {
          facets.getTopChildren(10, facet);
        } catch (IllegalArgumentException noValueYet) {
          // a facet with no value in the index at all
        }
      }
    } else {
      top = searcher.search(query, 10);
    }
    // Kept, so that the JIT cannot drop the hits' work.
    sink += idsOnly ? ids(top).size() : build(query, top);
    return top.totalHits.value;
  }

  /** Each hit's id, from binary doc values (a column, as a Xapian value slot). */
  List<String> ids(TopDocs top) throws Exception {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    List<String> ids = new ArrayList<>(top.scoreDocs.length);
    for (ScoreDoc hit : top.scoreDocs) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
      BinaryDocValues values = leaf.reader().getBinaryDocValues("id");
      ids.add(values.advanceExact(hit.doc - leaf.docBase) ? values.binaryValue().utf8ToString()
                                                          : null);
    }
    return ids;
  }

  /** Each hit's stored fields, its title marked and its description's best passage. */
  int build(Query query, TopDocs top) throws Exception {
    int chars = 0;
    for (ScoreDoc hit : top.scoreDocs) chars += searcher.doc(hit.doc).get("description").length();
    Map<String, String[]> marked = highlighter.highlightFields(HIGHLIGHTED, query, top, PASSAGES);
    for (String[] values : marked.values()) {
      for (String value : values) chars += value == null ? 0 : value.length();
    }
    return chars;
  }

  @SuppressWarnings("unchecked")
  void time(List<Object> queries, double warmupSeconds, int passes, List<Boolean> idsModes)
      throws Exception {
    long start = System.nanoTime();
    long warmupQueries = 0;
    do {
      for (Object spec : queries) {
        for (boolean idsOnly : idsModes) {
          run((Map<String, Object>) spec, false, idsOnly);
          run((Map<String, Object>) spec, true, idsOnly);
          warmupQueries += 2;
        }
      }
    } while ((System.nanoTime() - start) / 1e9 < warmupSeconds);
    StringBuilder out = new StringBuilder("{\"warmup_queries\": ").append(warmupQueries);
    for (boolean idsOnly : idsModes) {
      for (boolean withFacets : new boolean[] {false, true}) {
        timeMode(queries, passes, withFacets, idsOnly, out);
      }
    }
    System.out.println(out.append('}'));
  }

  /** Appends `, "MODE": {"latencies_us": [...], "matches": [...]}` (bench_query's names). */
  @SuppressWarnings("unchecked")
  void timeMode(List<Object> queries, int passes, boolean withFacets, boolean idsOnly,
                StringBuilder out) throws Exception {
    String mode = (withFacets ? "facets" : "top10") + (idsOnly ? "_ids" : "");
    out.append(", \"").append(mode).append("\": {\"latencies_us\": [");
    StringBuilder matches = new StringBuilder();
    for (int pass = 0; pass < passes; pass++) {
      for (Object spec : queries) {
        long begin = System.nanoTime();
        long found = run((Map<String, Object>) spec, withFacets, idsOnly);
        double micros = (System.nanoTime() - begin) / 1e3;
        if (pass == 0) matches.append(matches.length() == 0 ? "" : ", ").append(found);
        if (out.charAt(out.length() - 1) != '[') out.append(", ");
        out.append(String.format(Locale.ROOT, "%.3f", micros));
      }
    }
    out.append("], \"matches\": [").append(matches).append("]}");
  }
}
