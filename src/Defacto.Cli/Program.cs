using Defacto.Cli;

return CliApp.Run(args);
