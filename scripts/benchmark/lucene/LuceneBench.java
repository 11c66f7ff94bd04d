// LuceneBench: the Lucene 8 peer of scripts/bench (Debian's liblucene8-java).
//
// Usage: java -cp JARS:. LuceneBench index DIR EXPORT.jsonl
//        java -cp JARS:. LuceneBench query DIR QUERIES [--warmup-seconds S] [--passes P]
// Index: EnglishAnalyzer (Porter stemming, English stop words); fields
// "title" (stored) and "text" (title, company, places, industries, skills,
// description: what jobsearch indexes unprefixed); facets location,
// employment_type and education as multi-valued SortedSetDocValues facet
// fields plus StringFields to filter on; force-merged to one segment at the end.
// Query: every clause MUST match in "text" (or "title" for title: clauses),
// plus the same clauses on "title" as an optional clause boosted 2x (the title
// scored as a field of its own); BM25 (Lucene's default). Facets: counted
// from doc values over all matches (FacetsCollector), top 10 of each.
// Prints the same JSON as bench_query.
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.en.EnglishAnalyzer;
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
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;

public final class LuceneBench {
  static final String[] FACETS = {"location", "employment_type", "education"};
  static final float TITLE_BOOST = 2.0f;

  public static void main(String[] args) throws Exception {
    if (args.length >= 3 && args[0].equals("index")) {
      index(args[1], args[2]);
    } else if (args.length >= 3 && args[0].equals("query")) {
      double warmup = 60;
      int passes = 3;
      for (int i = 3; i + 1 < args.length; i += 2) {
        if (args[i].equals("--warmup-seconds")) warmup = Double.parseDouble(args[i + 1]);
        else if (args[i].equals("--passes")) passes = Integer.parseInt(args[i + 1]);
        else throw new IllegalArgumentException("unknown option " + args[i]);
      }
      new LuceneBench(args[1]).time(readLines(args[2]), warmup, passes);
    } else {
      System.err.println("usage: LuceneBench index DIR EXPORT.jsonl | query DIR QUERIES "
          + "[--warmup-seconds S] [--passes P]");
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
    text.append('\n').append((String) posting.get("description"));
    Document doc = new Document();
    doc.add(new StringField("id", (String) posting.get("id"), Field.Store.YES));
    doc.add(new TextField("title", title, Field.Store.YES));
    doc.add(new StoredField("company", company));
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

  LuceneBench(String dir) throws Exception {
    DirectoryReader reader = DirectoryReader.open(FSDirectory.open(Paths.get(dir)));
    searcher = new IndexSearcher(reader);
    facetState = new DefaultSortedSetDocValuesReaderState(reader);
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

  long run(Map<String, Object> spec, boolean withFacets) throws Exception {
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
    for (ScoreDoc hit : top.scoreDocs) searcher.doc(hit.doc).get("title");  // fetch, as others do
    return top.totalHits.value;
  }

  @SuppressWarnings("unchecked")
  void time(List<Object> queries, double warmupSeconds, int passes) throws Exception {
    long start = System.nanoTime();
    long warmupQueries = 0;
    do {
      for (Object spec : queries) {
        run((Map<String, Object>) spec, false);
        run((Map<String, Object>) spec, true);
        warmupQueries += 2;
      }
    } while ((System.nanoTime() - start) / 1e9 < warmupSeconds);
    StringBuilder out = new StringBuilder("{\"warmup_queries\": ").append(warmupQueries);
    for (boolean withFacets : new boolean[] {false, true}) {
      out.append(withFacets ? ", \"facets\": " : ", \"top10\": ").append("{\"latencies_us\": [");
      StringBuilder matches = new StringBuilder();
      for (int pass = 0; pass < passes; pass++) {
        for (Object spec : queries) {
          long begin = System.nanoTime();
          long found = run((Map<String, Object>) spec, withFacets);
          double micros = (System.nanoTime() - begin) / 1e3;
          if (pass == 0) matches.append(matches.length() == 0 ? "" : ", ").append(found);
          if (out.charAt(out.length() - 1) != '[') out.append(", ");
          out.append(String.format(Locale.ROOT, "%.3f", micros));
        }
      }
      out.append("], \"matches\": [").append(matches).append("]}");
    }
    System.out.println(out.append('}'));
  }
}
