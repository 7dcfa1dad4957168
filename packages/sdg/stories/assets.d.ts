// Vite serves any file imported with `?url` and returns its URL (stories only).
declare module '*?url' {
  const url: string;
  export default url;
}
