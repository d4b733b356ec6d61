export declare const PNG_SIZES: number[];
export declare function renderIcon(size: number): Buffer;
export declare function encodePng(size: number, rgba: Buffer): Buffer;
export declare function encodeIco(images: Array<{ size: number; png: Buffer }>): Buffer;
export declare function encodeIcns(images: Array<{ size: number; png: Buffer }>): Buffer;
export declare function writeIcons(options: { root: string; windowIcon?: string }): string;
