// zlib, from Debian's zlib1g-dev: compresses stored records.
#include <zlib.h>
