import Foundation
import FuzzSupport

exit(runFuzzer(fuzzLocator))
