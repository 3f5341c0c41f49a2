extension Span {
    /// The identity of ``requestModel``, read in the span's box: no copy, so no reference count written.
    @inlinable package var requestModelIdentity: NameIdentity? { NameIdentity.of(&box.fields.requestModel) }
    /// The identity of ``responseModel``, read in place as ``requestModelIdentity`` is.
    @inlinable package var responseModelIdentity: NameIdentity? { NameIdentity.of(&box.fields.responseModel) }
    /// The identity of ``model`` (the requested model, else the one that answered), read in place.
    @inlinable package var modelIdentity: NameIdentity? { requestModelIdentity ?? responseModelIdentity }
    /// The identity of ``tool``, read in place.
    @inlinable package var toolIdentity: NameIdentity? { NameIdentity.of(&box.fields.tool) }
    /// The identity of ``userID``, read in place.
    @inlinable package var userIDIdentity: NameIdentity? { NameIdentity.of(&box.fields.userID) }
}
