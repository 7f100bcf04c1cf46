import ArgumentParser

@main
struct VeilCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "veil", abstract: "Keeps personal data and credentials out of logs.")
}
