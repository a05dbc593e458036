// class-transformer ships its metadata storage as cjs/storage.js with the types under types/: join the two.
declare module 'class-transformer/cjs/storage' {
  export { defaultMetadataStorage } from 'class-transformer/types/storage';
}
