#include "searcher/match/candidate.h"

#include <algorithm>
#include <ctime>
#include <fstream>
#include <sstream>

#include "common/ascii_text.h"
#include "common/iso_date.h"
#include "searcher/engine/search_error.h"
#include "searcher/match/candidate_lines.h"

namespace jobsearch {
namespace {

using nlohmann::json;

constexpr double kDaysPerMonth = 30.436875;  // 365.2425 / 12

std::optional<std::int64_t> day_of(std::string date) {
  if (date.size() == 4) date += "-01";
  if (date.size() == 7) date += "-01";
  std::optional<std::string> iso = normalize_date(date);
  return iso ? days_since_epoch(*iso) : std::nullopt;
}

}  // namespace

void add_distinct(std::vector<std::string>& values, const std::string& value) {
  std::string key = to_lower_ascii(fold_whitespace(value));
  if (key.empty()) return;
  for (const std::string& seen : values) {
    if (to_lower_ascii(seen) == key) return;
  }
  values.push_back(fold_whitespace(value));
}

void append_line(std::string& text, const std::string& more) {
  if (more.empty()) return;
  if (!text.empty()) text += '\n';
  text += more;
}

std::string joined_lines(const std::vector<std::string>& values) {
  std::string out;
  for (const std::string& value : values) append_line(out, value);
  return out;
}

Candidate read_candidate_file(const std::string& path, std::string_view today) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw SearchError("cannot read candidate profile \"" + path + "\"");
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  std::size_t start = text.find_first_not_of(" \t\r\n");
  if (start == std::string::npos) throw SearchError("candidate profile \"" + path + "\" is empty");
  if (text[start] != '{') return candidate_from_text(text);
  json resume = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (resume.is_discarded()) {
    throw SearchError("candidate profile \"" + path + "\" is not valid JSON");
  }
  return candidate_from_json_resume(resume, today);
}

std::vector<std::string> candidate_titles(const Candidate& candidate) {
  std::vector<std::string> titles;
  add_distinct(titles, candidate.headline);
  for (const CandidatePosition& position : candidate.work) add_distinct(titles, position.title);
  return titles;
}

std::string candidate_text(const Candidate& candidate) {
  std::string text = candidate.headline;
  append_line(text, candidate.summary);
  for (const CandidatePosition& position : candidate.work) {
    append_line(text, position.title);
    append_line(text, position.summary);
    append_line(text, joined_lines(position.highlights));
  }
  append_line(text, joined_lines(candidate.skills));
  append_line(text, joined_lines(candidate.certificates));
  append_line(text, candidate.other_text);
  append_line(text, candidate.location.locality + " " + candidate.location.region);
  return text;
}

std::string current_date() {
  constexpr std::time_t kSecondsPerDay = 86400;
  return date_from_days(static_cast<std::int64_t>(std::time(nullptr) / kSecondsPerDay));
}

std::optional<int> months_of_work(const std::vector<CandidatePosition>& positions,
                                  std::string_view today) {
  std::vector<std::pair<std::int64_t, std::int64_t>> spans;
  std::optional<std::int64_t> now = day_of(std::string(today));
  for (const CandidatePosition& position : positions) {
    std::optional<std::int64_t> start = day_of(position.start_date);
    std::optional<std::int64_t> end = position.end_date.empty() ? now : day_of(position.end_date);
    if (start && end && *end >= *start) spans.emplace_back(*start, *end);
  }
  if (spans.empty()) return std::nullopt;
  std::sort(spans.begin(), spans.end());
  std::int64_t days = 0, covered_until = spans.front().first;
  for (const auto& [start, end] : spans) {
    std::int64_t from = std::max(start, covered_until);
    if (end > from) days += end - from;
    covered_until = std::max(covered_until, end);
  }
  return static_cast<int>(static_cast<double>(days) / kDaysPerMonth + 0.5);
}

}  // namespace jobsearch
