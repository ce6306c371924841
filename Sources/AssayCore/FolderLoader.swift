/// Opens local folders as collections (`FolderSource`).
public struct FolderLoader: SourceLoader {
  /// A loader.
  public init() {}

  /// Folders, by what the file system says.
  public var declaration: LoaderDescription { LoaderDescription(name: "folders", folders: true) }

  /// The folder as a `FolderSource` whose files open through the request's registry.
  public func open(_ request: SourceRequest) throws -> OpenedSource {
    .collection(try FolderSource(path: request.locator.path, registry: request.registry))
  }
}
