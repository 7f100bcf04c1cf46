// The swift-log integration lives in this module.
import Logging
