/// A protocol gift handed over at an event.
public struct Gift: Hashable, Sendable {
  public var item: Located<String>?
  /// Person or organization ids.
  public var from: Located<Identifier>?
  public var to: Located<Identifier>?
  /// Free text, e.g. "5000 RUB".
  public var value: Located<String>?
  /// False where the gift was handed over in the person's absence ("передан").
  public var inPerson: Located<Bool>?
  public var location: SourceLocation?
  /// The texts in the visit's other language.
  public var twins = TextTwins()

  public init(
    item: Located<String>?, from: Located<Identifier>? = nil, to: Located<Identifier>? = nil,
    value: Located<String>? = nil, inPerson: Located<Bool>? = nil,
    location: SourceLocation? = nil
  ) {
    self.item = item
    self.from = from
    self.to = to
    self.value = value
    self.inPerson = inPerson
    self.location = location
  }

  /// Whether the gift was handed over in person; the format's default is yes.
  public var isInPerson: Bool { inPerson?.value ?? true }
}
