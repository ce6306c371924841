import Foundation
import FuzzSupport

exit(runFuzzer(fuzzClickHouseAnswers))
