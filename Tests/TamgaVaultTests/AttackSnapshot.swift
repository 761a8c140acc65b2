import Foundation
import TamgaCore
import TamgaCrypto
@testable import TamgaVault

/// What the readers make of a vault: everything a forged entry or a keyless
/// change could alter, as the administrator and the State member see it. An
/// attack is harmless when this is unchanged, or when every reader refuses
/// with an error (a refusal changes nothing that leaves the vault).
struct AttackSnapshot: Equatable, Sendable {
    var lines: [String] = []
    /// The first reader's refusal, if a reader refused.
    var refusal: String?

    static func take(_ vault: AttackCase.Vault) -> AttackSnapshot {
        var snapshot = AttackSnapshot()
        do {
            let admin = try AttackCase.unlock(vault, as: "Admin")
            let index = try VaultIndex.load(admin)
            snapshot.lines += try DocumentCatalog(vault: admin).list().map { "admin lists \($0.id) rev \($0.revisions)" }
            let context = try RedactionContext.load(admin, loading: .none)
            for person in context.registry.persons.values.sorted(by: { $0.id < $1.id }) {
                snapshot.lines.append("person \(person.id) consent \(person.consent.map(\.rawValue).sorted())")
            }
            snapshot.lines.append("policy \(context.policy.hash)")
            snapshot.lines.append("live \(index.commits.liveObjects.sorted().joined(separator: ","))")
            snapshot.lines.append("log \(index.authorizedInOrder.count)")
            snapshot.lines += try DisclosureLedger.load(admin).entries.map { "disclosed \($0.document) to \($0.audience)" }
            snapshot.lines += try RecommendationStore(vault: admin).events().map { "rec \($0.recommendation) \($0.kind)" }
            let ids = ["INT-2014-044", "VR-2014-017"]
            for product in try ExportService(vault: admin, documents: ids).export(ids, for: .state, as: .markdown) {
                snapshot.lines.append("state export \(product.documentID) \(product.sha256)")
                if product.export.text.contains("Sadykov") { snapshot.lines.append("STATE EXPORT NAMES THE DETAINEE") }
            }
            let state = try AttackCase.unlock(vault, as: "Liaison")
            for entry in try DocumentCatalog(vault: state).list() {
                let text = try DocumentCatalog(vault: state).newest(entry.id).content.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
                snapshot.lines.append("state reads \(entry.id) \(Hex.encode(SHA256.hash(Array(text.utf8))))")
                if text.contains("Sadykov") { snapshot.lines.append("STATE MEMBER READS THE DETAINEE'S NAME") }
            }
        } catch let error as any UserFacingError {
            snapshot.refusal = error.message
        } catch {
            snapshot.refusal = "\(error)"
        }
        return snapshot
    }

    /// `tamga check` as the administrator: every line, or the refusal to open.
    static func check(_ vault: AttackCase.Vault) -> String {
        do {
            let report = VaultChecker.check(try AttackCase.unlock(vault, as: "Admin"))
            return (report.problems + report.warnings).map(\.description).joined(separator: "\n")
        } catch let error as any UserFacingError {
            return error.message
        } catch {
            return "\(error)"
        }
    }
}
