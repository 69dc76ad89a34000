// Debian's libz3-dev (4.8): the C API of the Z3 theorem prover. Only
// VisitPlan may import CZ3; it solves small visits exactly with it.
#include <z3.h>
