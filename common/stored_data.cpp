#include "common/stored_data.h"

#include <zdict.h>
#include <zstd.h>

#include <cstdint>
#include <cstdlib>
#include <mutex>
#include <shared_mutex>
#include <stdexcept>
#include <unordered_map>

namespace jobsearch {
namespace {

constexpr const char* kDictionaryPrefix = "jobsearch.dictionary.";
constexpr const char* kPackingDictionaryKey = "jobsearch.dictionary";
constexpr const char* kTrainedOnKey = "jobsearch.dictionary-postings";
// zstd's default size: larger ones gained a few percent more.
constexpr std::size_t kDictionaryCapacity = 112640;
constexpr int kLevel = 3;
// Far above any posting jobindex accepts: a corrupt frame cannot make
// a reader allocate more.
constexpr unsigned long long kLargestData = 64ull << 20;

struct DecompressionDictionaries {
  std::shared_mutex mutex;
  std::unordered_map<unsigned, std::shared_ptr<ZSTD_DDict>> by_id;
};

DecompressionDictionaries& registry() {
  static DecompressionDictionaries dictionaries;
  return dictionaries;
}

void register_dictionary(const std::string& bytes) {
  const unsigned id = ZDICT_getDictID(bytes.data(), bytes.size());
  if (id == 0) return;  // not a dictionary zstd made
  DecompressionDictionaries& dictionaries = registry();
  {
    std::shared_lock lock(dictionaries.mutex);
    if (dictionaries.by_id.count(id) != 0) return;
  }
  std::shared_ptr<ZSTD_DDict> digested(ZSTD_createDDict(bytes.data(), bytes.size()),
                                       ZSTD_freeDDict);
  if (!digested) return;
  std::unique_lock lock(dictionaries.mutex);
  dictionaries.by_id.emplace(id, std::move(digested));
}

std::shared_ptr<ZSTD_DDict> registered(unsigned id) {
  DecompressionDictionaries& dictionaries = registry();
  std::shared_lock lock(dictionaries.mutex);
  auto found = dictionaries.by_id.find(id);
  return found == dictionaries.by_id.end() ? nullptr : found->second;
}

// Stored JSON starts with "{", a zstd frame with its magic number.
bool is_frame(const std::string& data) {
  if (data.size() < 4) return false;
  std::uint32_t magic = 0;
  for (int i = 3; i >= 0; --i) magic = (magic << 8) | static_cast<unsigned char>(data[i]);
  return magic == ZSTD_MAGICNUMBER;
}

}  // namespace

struct DataPacker::Dictionary {
  std::unique_ptr<ZSTD_CDict, decltype(&ZSTD_freeCDict)> digested{nullptr, ZSTD_freeCDict};
};

void register_dictionaries(const Xapian::Database& database) {
  for (auto key = database.metadata_keys_begin(kDictionaryPrefix);
       key != database.metadata_keys_end(kDictionaryPrefix); ++key)
    register_dictionary(database.get_metadata(*key));
}

std::string unpacked_data(const std::string& data) {
  if (!is_frame(data)) return data;  // JSON, as stored before a dictionary
  const unsigned id = ZSTD_getDictID_fromFrame(data.data(), data.size());
  std::shared_ptr<ZSTD_DDict> dictionary = registered(id);
  if (!dictionary) {
    throw std::runtime_error("a posting's data is compressed against dictionary " +
                             std::to_string(id) + ", which no database opened holds");
  }
  const unsigned long long size = ZSTD_getFrameContentSize(data.data(), data.size());
  if (size == ZSTD_CONTENTSIZE_UNKNOWN || size == ZSTD_CONTENTSIZE_ERROR || size > kLargestData)
    throw std::runtime_error("a posting's compressed data is corrupt (no size)");
  thread_local std::unique_ptr<ZSTD_DCtx, decltype(&ZSTD_freeDCtx)> context(ZSTD_createDCtx(),
                                                                            ZSTD_freeDCtx);
  std::string json(size, '\0');
  const std::size_t written = ZSTD_decompress_usingDDict(
      context.get(), json.data(), json.size(), data.data(), data.size(), dictionary.get());
  if (ZSTD_isError(written) || written != size) {
    throw std::runtime_error(std::string("a posting's compressed data is corrupt: ") +
                             (ZSTD_isError(written) ? ZSTD_getErrorName(written) : "short"));
  }
  return json;
}

DataPacker::DataPacker(const Xapian::Database& database) {
  register_dictionaries(database);
  const std::string id = database.get_metadata(kPackingDictionaryKey);
  if (id.empty()) return;
  const std::string bytes = database.get_metadata(kDictionaryPrefix + id);
  auto dictionary = std::make_shared<Dictionary>();
  dictionary->digested.reset(ZSTD_createCDict(bytes.data(), bytes.size(), kLevel));
  if (!dictionary->digested) return;
  dictionary_ = std::move(dictionary);
  trained_on_ = std::strtoul(database.get_metadata(kTrainedOnKey).c_str(), nullptr, 10);
}

std::string DataPacker::packed(const std::string& json) const {
  if (!dictionary_) return json;
  thread_local std::unique_ptr<ZSTD_CCtx, decltype(&ZSTD_freeCCtx)> context(ZSTD_createCCtx(),
                                                                            ZSTD_freeCCtx);
  std::string frame(ZSTD_compressBound(json.size()), '\0');
  const std::size_t written =
      ZSTD_compress_usingCDict(context.get(), frame.data(), frame.size(), json.data(), json.size(),
                               dictionary_->digested.get());
  if (ZSTD_isError(written)) return json;  // cannot happen with a bound-sized buffer
  frame.resize(written);
  return frame;
}

bool DataPacker::train(Xapian::WritableDatabase& database,
                       const std::vector<std::string>& samples) {
  std::string joined;
  std::vector<std::size_t> sizes;
  for (const std::string& sample : samples) {
    joined += sample;
    sizes.push_back(sample.size());
  }
  std::string bytes(kDictionaryCapacity, '\0');
  const std::size_t size = ZDICT_trainFromBuffer(bytes.data(), bytes.size(), joined.data(),
                                                 sizes.data(), static_cast<unsigned>(sizes.size()));
  if (ZDICT_isError(size)) return false;
  bytes.resize(size);
  auto dictionary = std::make_shared<Dictionary>();
  dictionary->digested.reset(ZSTD_createCDict(bytes.data(), bytes.size(), kLevel));
  if (!dictionary->digested) return false;
  const std::string id = std::to_string(ZDICT_getDictID(bytes.data(), bytes.size()));
  database.set_metadata(kDictionaryPrefix + id, bytes);
  database.set_metadata(kPackingDictionaryKey, id);
  database.set_metadata(kTrainedOnKey, std::to_string(samples.size()));
  register_dictionary(bytes);
  dictionary_ = std::move(dictionary);
  trained_on_ = samples.size();
  return true;
}

}  // namespace jobsearch
