#include "searcher/cli/response_text.h"

#include <cmath>
#include <iomanip>
#include <ostream>
#include <sstream>

#include "common/facet_terms.h"

namespace jobsearch {
namespace {

std::string salary_line(const Salary& salary) {
  std::ostringstream out;
  out << std::fixed << std::setprecision(0);
  if (salary.min) out << *salary.min;
  if (salary.min && salary.max && *salary.max != *salary.min) out << "-";
  if (salary.max && (!salary.min || *salary.max != *salary.min)) out << *salary.max;
  if (!salary.currency.empty()) out << " " << salary.currency;
  if (!salary.unit.empty()) out << " per " << salary.unit;
  return out.str();
}

}  // namespace

std::string joined(const std::vector<std::string>& values, const char* separator) {
  std::string out;
  for (const std::string& value : values) {
    if (value.empty()) continue;
    if (!out.empty()) out += separator;
    out += value;
  }
  return out;
}

std::string html_to_terminal(const std::string& html, bool color) {
  static const std::pair<const char*, const char*> kReplacements[] = {
      {"<mark>", "\033[1m"}, {"</mark>", "\033[0m"}, {"&lt;", "<"}, {"&gt;", ">"},
      {"&quot;", "\""},      {"&#39;", "'"},         {"&amp;", "&"}};
  std::string text = html;
  for (const auto& [from, to] : kReplacements) {
    std::string replacement = color || from[0] != '<' ? to : "";
    for (std::size_t at = text.find(from); at != std::string::npos;
         at = text.find(from, at + replacement.size())) {
      text.replace(at, std::string_view(from).size(), replacement);
    }
  }
  for (char& c : text) {
    if (c == '\n') c = ' ';
  }
  return text;
}

std::string places_line(const Posting& posting) {
  std::vector<std::string> places;
  for (const Location& location : posting.locations) places.push_back(place_display_name(location));
  if (posting.remote) places.push_back("Remote");
  return joined(places, "; ");
}

void print_response_text(const SearchResponse& response, bool color, std::ostream& out) {
  if (response.corrected) {
    out << "No match for \"" << response.query << "\"; showing results for \""
        << response.suggestion << "\"\n";
  } else if (!response.suggestion.empty()) {
    out << "Did you mean: " << response.suggestion << "\n";
  }
  if (!response.understood.empty()) {
    std::vector<std::string> read;
    for (const UnderstoodWords& words : response.understood) {
      read.push_back("\"" + words.text + "\" as " + words.as + " " + words.param + "=" +
                     words.value);
    }
    out << "Understood: " << joined(read, "; ")
        << " (--understand false to search them as words)\n";
  }
  if (response.relaxed) {
    out << "Few postings hold every word; also showing those without: "
        << joined(response.dropped_words, ", ") << "\n";
  }
  if (response.near) {
    out << "Near " << response.near->name;
    if (!response.near->alternatives.empty())
      out << " (also: " << joined(response.near->alternatives, "; ") << ")";
    out << "\n";
  }
  out << (response.total_exact ? "" : "about ") << response.total
      << (response.total == 1 ? " match" : " matches");
  if (!response.hits.empty()) {
    out << ", showing " << response.hits.front().rank << "-" << response.hits.back().rank;
  }
  out << "\n\n";
  for (const SearchHit& hit : response.hits) {
    if (!response.fields.needs_posting()) {  // nothing else was read
      out << hit.rank << ". " << hit.posting.id << "  (score " << hit.score << ")\n";
      continue;
    }
    const Posting& p = hit.posting;
    std::string distance;
    if (hit.distance_km)
      distance = std::to_string(static_cast<long>(std::lround(*hit.distance_km))) + " km";
    std::string pay = p.salary ? salary_line(*p.salary) : "";
    // --fields without title_html: the title as it is.
    const std::string title =
        hit.title_html.empty() ? p.title : html_to_terminal(hit.title_html, color);
    out << hit.rank << ". " << title << "\n   "
        << joined({p.company, places_line(p), distance, joined(p.employment_types, ", "), pay,
                   p.date_posted},
                  " | ")
        << "\n   " << html_to_terminal(hit.snippet, color) << "\n   id " << p.id;
    if (hit.similar_count > 0) out << "  (+" << hit.similar_count << " similar postings)";
    out << "\n\n";
  }
  for (const FacetCounts& facet : response.facets) {
    out << facet.name << ":";
    for (const FacetValue& value : facet.values)
      out << "  " << value.value << " (" << value.count << ")";
    if (facet.other_values > 0) out << "  other (" << facet.other_count << ")";
    out << '\n';
  }
}

void print_posting_text(const Posting& p, std::ostream& out) {
  auto line = [&out](const char* label, const std::string& value) {
    if (!value.empty()) out << std::left << std::setw(16) << label << value << '\n';
  };
  line("title", p.title);
  line("company", p.company);
  line("location", places_line(p));
  line("employment", joined(p.employment_types, ", "));
  line("education", joined(p.education, ", "));
  if (p.experience_months) line("experience", std::to_string(*p.experience_months) + " months");
  if (p.salary) line("salary", salary_line(*p.salary));
  line("posted", p.date_posted);
  line("valid through", p.valid_through);
  line("industry", joined(p.industries, ", "));
  line("skills", joined(p.skills, ", "));
  line("url", p.url);
  line("id", p.id);
  line("source id", p.source_id);
  out << '\n' << p.description << '\n';
}

}  // namespace jobsearch
