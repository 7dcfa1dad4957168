// Vite features the stories use (Storybook builds them with Vite).
declare module '*?url' {
  const url: string;
  export default url;
}

interface ImportMeta {
  glob<T = unknown>(
    pattern: string,
    options: { query?: string; import?: string; eager: true },
  ): Record<string, T>;
}
