// The umbrella header of Debian's libxlsxwriter-dev (1.1.4). Only the workbook
// module may import CXlsxWriter; everything else sees Swift values.
#include <xlsxwriter.h>
