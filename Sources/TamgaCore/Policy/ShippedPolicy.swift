/// The shipped policy, compiled in so that an installed `tamga` needs no
/// file beside it. `policy/default.yaml` is the readable, documented copy;
/// a test (`ShippedPolicyTests`) fails if the two ever differ.
public enum ShippedPolicy {
    public static let fileName = "policy/default.yaml"

    public static let yaml = """
# tamga's shipped policy. Every key is documented in policy/README.md.
# Unknown keys and unknown names are errors: a typo must never weaken it.
version: 1

# The three audiences are fixed; the policy says what each is called, the
# banner on its pages and which levels it sees (never above its clearance).
audiences:
  internal:
    label: NPM internal
    banner: NPM INTERNAL
    sees: [internal, state, public]
    omit-withheld-sections: false
  state:
    label: State authorities
    banner: SHARED WITH STATE AUTHORITIES
    sees: [state, public]
    omit-withheld-sections: false
  public:
    label: Public
    banner: PUBLIC
    sees: [public]
    omit-withheld-sections: false

# Per document kind: the level of unmarked text (fail closed: internal) and
# the most open level any content of that kind may be marked.
kinds:
  visit-report:
    default: internal
    ceiling: public
  interview:
    default: internal
    ceiling: state

# Per role: audiences that see the name without the person's consent, and
# the pseudonym used otherwise ({letter}: A, B, C... by first appearance).
roles:
  detainee:
    named-to: []
    pseudonym: "Detainee {letter}"
  witness:
    named-to: []
    pseudonym: "Witness {letter}"
  relative:
    named-to: []
    pseudonym: "Relative {letter}"
  official:
    named-to: [state]
    pseudonym: "Official {letter}"
    transfer-without-consent: true
  staff:
    named-to: [state, public]
    pseudonym: "Staff member {letter}"
    transfer-without-consent: true

# What stands in for withheld content.
markers:
  span: "[withheld]"
  block: "[A passage was withheld.]"
  section: "[Section withheld.]"

# Pattern detectors: every one the code provides must be listed.
detectors:
  document-number:
    audiences: [state, public]
    marker: "[document number withheld]"
  personal-number:
    audiences: [state, public]
    marker: "[personal number withheld]"
  phone-number:
    audiences: [state, public]
    marker: "[phone number withheld]"
  birth-date:
    audiences: [state, public]
    marker: "[date of birth withheld]"
  email-address:
    audiences: [state, public]
    marker: "[e-mail address withheld]"
  home-address:
    audiences: [state, public]
    marker: "[home address withheld]"
  case-number:
    audiences: [state, public]
    marker: "[case number withheld]"
  vehicle-plate:
    audiences: [state, public]
    marker: "[vehicle plate withheld]"

# Published statistics suppress counts below this threshold.
statistics:
  threshold: 5

# How long records are kept (optional; docs/retention.md). Read only by
# `tamga retention`, which lists what is due; nothing is destroyed by it.
# The first rule that covers a document decides; a document no rule covers
# is kept without limit, as with no section at all. For example:
# retention:
#   - kind: interview
#     keep: 5 years              # after the document's date
#     unless-tagged: [case-open]
#   - kind: visit-report
#     keep: 10 years

"""

    /// The shipped policy, parsed. It is tested to load, so this cannot fail
    /// unless the binary itself is damaged.
    public static func load() throws(PolicyError) -> Policy {
        try Policy.load(yaml: yaml, file: fileName)
    }
}
