// Debian's cmark-gfm (libcmark-gfm-dev, libcmark-gfm-extensions-dev): the
// CommonMark reference implementation with GitHub's extensions, used by the
// leak scan to read a Markdown export as a Markdown viewer shows it.
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
