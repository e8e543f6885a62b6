import ProtopkgCommands

ProtopkgCommand.runMain()
