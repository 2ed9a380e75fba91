// One module to import: the model and its DSL, the loader, the linter, the renderer, the
// publisher, the scorecard with its OpenSLO export, and the live preview. Each stays its own
// target inside the package; a user of the library writes `import Ethos` and sees their
// public API.
@_exported import EthosLint
@_exported import EthosLoader
@_exported import EthosModel
@_exported import EthosPublish
@_exported import EthosRender
@_exported import EthosScore
@_exported import EthosServe
