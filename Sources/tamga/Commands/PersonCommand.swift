import ArgumentParser
import Foundation
import TamgaCore
import TamgaVault

/// `tamga person ...`: the vault-wide registry of persons and their consent.
struct PersonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "person",
        abstract: "Show persons and record their consent.",
        discussion: """
        Every person declared in any document is in one registry (internal).
        Consent is data: each grant or withdrawal is a signed, dated log entry,
        and applies to every later export. No consent recorded means no consent.

        EXAMPLES:
          tamga person list
          tamga person show D-0042
          tamga person consent D-0042 --grant state --date 2014-11-02 \\
              --obtained-by "Gulnara Abdyldaeva"
          tamga person consent D-0042 --withdraw state --date 2015-01-10 \\
              --obtained-by "Nurlan Toktogulov" --note "by phone"
          tamga person consent D-0042 --grant transfer --date 2025-09-20 \\
              --obtained-by "Gulnara Abdyldaeva" --note "hand-over to the Ombudsperson"
          tamga person retire D-0042 --reason "declared in error"
          tamga person erase D-0042 --reason "erasure asked"

        `transfer` is consent to have the person's records handed over to a
        successor body (`tamga handover`); it is never inferred from consent
        to be named to the State or the public, and no document declares it.
        """,
        subcommands: [List.self, Show.self, Consent.self, Retire.self, Erase.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List every person in the registry.")
        @OptionGroup var options: VaultOptions

        func run() throws {
            let context = try RedactionContext.load(try options.unlock(), loading: .none)
            print("ID          ROLE        CONSENT        NAME")
            for person in context.registry.persons.values.sorted(by: { $0.id < $1.id }) {
                let consent = person.consent.isEmpty ? "none" : person.consent.map(\.rawValue).sorted().joined(separator: ",")
                print(person.id.padding(toLength: 10, withPad: " ", startingAt: 0) + "  " +
                      person.role.padding(toLength: 10, withPad: " ", startingAt: 0) + "  " +
                      consent.padding(toLength: 13, withPad: " ", startingAt: 0) + "  " + (person.erased ? "(erased)" : person.name))
            }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a person: spellings, documents, consent and its history.")
        @OptionGroup var options: VaultOptions
        @Argument(help: "The person id (for example D-0042).") var id: String

        func run() throws {
            let vault = try options.unlock()
            let context = try RedactionContext.load(vault, loading: .none)
            guard let person = context.registry.persons[id] else {
                throw VaultError.unknownPerson(id: id)
            }
            let index = try VaultIndex.load(vault)
            if person.erased {
                // Issue 18: no name is left; exports show the role's pseudonym.
                print("\(person.id)  erased  (\(person.role); every export shows the role's pseudonym)")
                if !person.spellings.isEmpty {
                    // A document added since declares them with a name: protected, never shown; not erased yet.
                    print("named again by a document added since the erasure (protected, never shown): run `tamga person erase \(id)` again")
                }
                let declaring = index.declarations.filter { $0.persons.contains { $0.id == id } }.map(\.document).sorted()
                print("declared in: \(declaring.joined(separator: ", "))")
                return
            }
            print("\(person.id)  \(Terminal.printable(person.name))  (\(Terminal.printable(person.role)))")
            if !person.also.isEmpty { print("also written: \(Terminal.printable(person.also.joined(separator: "; ")))") }
            let declaring = index.declarations.filter { $0.persons.contains { $0.id == id } }.map(\.document).sorted()
            print("declared in: \(declaring.joined(separator: ", "))")
            for audience in [Audience.state, .public] {
                let named = context.policy.policy.disclosesName(role: person.role, consent: person.consent, to: audience)
                print("named to \(audience.rawValue): \(named ? "yes" : "no (pseudonym)")")
            }
            print("consent in force: \(person.consent.isEmpty ? "none" : person.consent.map(\.rawValue).sorted().joined(separator: ", "))")
            for event in try ConsentLedger.load(vault).events(for: id) {
                var line = "  \(event.date)  \(event.granted ? "granted" : "withdrew") \(event.audience.rawValue)"
                if let by = event.obtainedBy { line += ", obtained by \(Terminal.printable(by))" }
                if let note = event.note { line += " (\(Terminal.printable(note)))" }
                print(line + "  [recorded \(event.recorded)]")
            }
            let transfer = try TransferConsent.load(vault)
            print("consent to transfer to a successor body: \(transfer.granted.contains(id) ? "granted" : "none")")
            for event in transfer.events(for: id) {
                var line = "  \(event.date)  \(event.granted ? "granted" : "withdrew") transfer"
                if let by = event.obtainedBy { line += ", obtained by \(Terminal.printable(by))" }
                if let note = event.note { line += " (\(Terminal.printable(note)))" }
                print(line)
            }
            let forms = NameVariants.forms(of: PersonNames(personID: id, spellings: [person.name] + person.also), limit: 24)
            print("some forms that are redacted: \(forms.joined(separator: ", "))")
        }
    }

    struct Consent: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Record that a person gave or withdrew consent to be named to an audience.")
        @OptionGroup var options: VaultOptions
        @Argument(help: "The person id.") var id: String
        @Option(help: "The audience consented to (state, public), or transfer (to a successor body).") var grant: PersonConsentKind?
        @Option(help: "The audience (state, public) or transfer whose consent is withdrawn.") var withdraw: PersonConsentKind?
        @Option(help: "The date consent was given or withdrawn (YYYY-MM-DD).") var date: String
        @Option(help: "Who obtained it (a monitor's name).") var obtainedBy: String
        @Option(help: "A short note (no confidential text: it is logged).") var note: String?

        func validate() throws {
            guard (grant == nil) != (withdraw == nil) else { throw ValidationError("give exactly one of --grant or --withdraw") }
            guard CalendarDate(iso: date) != nil else { throw ValidationError("--date must be a date like 2014-11-02") }
        }

        func run() throws {
            let vault = try options.unlock()
            guard let audience = (grant ?? withdraw)!.audience else {
                try TransferConsentRecording(vault: vault).record(personID: id, granted: grant != nil, date: date,
                                                                  obtainedBy: obtainedBy, note: note)
                return print("recorded: \(id) \(grant != nil ? "consents" : "no longer consents") to the hand-over of their records "
                             + "to a successor body")
            }
            let result = try ConsentRecording(vault: vault).record(
                .init(personID: id, audience: audience, granted: grant != nil, date: date, obtainedBy: obtainedBy, note: note),
                progress: Terminal.refreshProgress)
            print("recorded: \(id) \(grant != nil ? "consents" : "no longer consents") to be named to \(audience.rawValue)"
                  + (result.reprojected > 0 ? "; re-projected \(result.reprojected) stored part(s)" : ""))
        }
    }
}

/// What `person consent` records: consent to be named to an audience, or
/// consent to be handed over to a successor body (`TransferConsent`).
enum PersonConsentKind: String, CaseIterable, ExpressibleByArgument {
    case state
    case `public`
    case transfer

    /// Nil for `transfer`, which is not an audience.
    var audience: Audience? {
        switch self {
        case .state: .state
        case .public: .public
        case .transfer: nil
        }
    }
}
