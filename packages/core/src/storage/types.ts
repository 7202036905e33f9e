/** Where artwork images (and other media) live: local disk by default, S3-compatible in production. */
export interface Storage {
  /** a short label for logs ("local" / "s3") */
  readonly kind: string;
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** null when there is no object under `key` */
  get(key: string): Promise<StoredObject | null>;
  /** deleting a missing key is not an error */
  delete(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
}

export interface StoredObject {
  bytes: Uint8Array;
  contentType: string;
}
