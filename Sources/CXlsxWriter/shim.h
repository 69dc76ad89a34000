// The umbrella header of Debian's libxlsxwriter-dev (1.1.4). Only VisitXLSX
// may import CXlsxWriter; everything else sees Swift values.
#include <xlsxwriter.h>

// The wrapper relies on 1.1.4's API and works around its known bugs; an older
// library lacks worksheet_add_table's era of fixes and lxw_workbook_free.
#if LXW_VERSION_ID < 114
#error "visitplan needs libxlsxwriter 1.1.4 or later"
#endif
