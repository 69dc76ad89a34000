import VisitCore
import VisitDiagnostics

extension VisitReader {
  func readAgreement(_ id: Located<Identifier>, _ reader: MappingReader) -> Agreement {
    var agreement = Agreement(
      id: id,
      title: values.text(reader.required("title", anchor: id.location), key: "title"),
      kind: values.choice(reader.value("kind"), key: "kind"),
      parties: values.references(reader.value("parties"), key: "parties"),
      signatories: values.references(reader.value("signatories"), key: "signatories"),
      event: values.reference(reader.value("event"), key: "event"),
      goals: values.texts(reader.value("goals"), key: "goals"))
    agreement.twins = twins(reader.twinNodes, spec: FormatSchema.agreement)
    return agreement
  }
}
