import Foundation
import FuzzSupport

exit(runFuzzer(fuzzKeymap))
