import EthosLoader
import EthosModel
import EthosRender
import Foundation
import Testing

let templates = try! TemplateSet.builtIn()

/// The philosophy files every site test builds.
let siteSources = ["Examples/nextiva.yml", "Examples/kundenservice-de.yml", "Examples/storitve-sl.yml",
                   "Tests/EthosRenderTests/Fixtures/four-locales.yml", "Tests/EthosRenderTests/Fixtures/hostile.yml"]
