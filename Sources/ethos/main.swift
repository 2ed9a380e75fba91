import EthosCLI

await ExitStatus.main()
