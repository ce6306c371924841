import Foundation
import FuzzSupport

exit(runFuzzer(fuzzSettings))
