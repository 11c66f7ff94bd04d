// web_assets.h: the search page's files, compiled into the binary.
//
// web/embed.cmake writes their definition at build time from the files in
// this folder (index.html, app.js, style.css), so the server needs nothing
// on disk but the database.
#pragma once

#include <cstddef>

namespace jobsearch::web {

struct Asset {
  const char* path;          // "/app.js"; "/index.html" is also served at "/"
  const char* content_type;  // "text/javascript; charset=utf-8"
  const char* etag;          // quoted, from the file's SHA-1: changes with the content
  const unsigned char* data;
  std::size_t size;
};

// Every file, sorted by path; kAssetCount entries.
extern const Asset kAssets[];
extern const std::size_t kAssetCount;

}  // namespace jobsearch::web
