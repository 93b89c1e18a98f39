// zstd, from Debian's libzstd-dev: compresses stored records.
#include <zstd.h>
