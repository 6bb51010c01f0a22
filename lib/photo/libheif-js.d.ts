/**
 * The part of libheif-js (an Emscripten build of libheif, LGPL-3.0) that
 * lib/photo/heic-decode.ts uses: the factory of its WebAssembly variant and
 * the decoder object it returns. The package ships no typings of this API.
 */
declare module 'libheif-js/libheif-wasm/libheif.js' {
  export interface LibheifImage {
    get_width(): number;
    get_height(): number;
    is_primary(): boolean;
    has_alpha_channel(): boolean;
    /** Decodes to RGBA (the picture's transforms applied) into `target.data`; calls back with null on failure. */
    display(target: { data: Uint8ClampedArray; width: number; height: number }, done: (result: unknown) => void): void;
    free(): void;
  }

  export interface LibheifDecoder {
    /** The libheif context of the last decode (freed with heif_context_free). */
    decoder: number | null;
    /** The top-level pictures of a HEIF file; [] when it cannot be read. */
    decode(bytes: Uint8Array | ArrayBuffer): LibheifImage[];
  }

  export interface Libheif {
    HeifDecoder: new () => LibheifDecoder;
    heif_context_free(context: number): void;
  }

  export default function createLibheif(options: { wasmBinary?: ArrayBuffer; locateFile?: (file: string) => string }): Promise<Libheif>;
}
