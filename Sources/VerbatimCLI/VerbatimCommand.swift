import ArgumentParser
import Verbatim

@main
struct VerbatimCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verbatim",
        abstract: "Who said what, when, about where: annotated JSON for news articles.",
        version: Verbatim.version,
        subcommands: [Annotate.self, QuotesCommand.self, EntitiesCommand.self, PlacesCommand.self, DatesCommand.self,
                      ClaimsCommand.self, Review.self,
                      LexiconCommand.self, Schema.self, Validate.self],
        defaultSubcommand: nil
    )
}

/// Exit codes after sysexits.h, as the README documents them.
enum Exit {
    static let someRecordsFailed = ExitCode(1)
    static let badData = ExitCode(65)
    static let noInput = ExitCode(66)
    static let ioError = ExitCode(74)
}
