// Debian's libyaml-dev (0.2.5): the YAML parser's event API. Only VisitLoader
// may import CYAML; everything else sees the loader's own tree.
#include <yaml.h>
