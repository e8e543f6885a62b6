import ProtopkgCommands

await ProtopkgCommand.runMain()
