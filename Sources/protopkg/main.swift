import ProtopkgCommands

ProtopkgCommand.main()
