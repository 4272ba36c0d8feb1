// The entry of the bundle a build process leaves out (see ./index.ts): an empty module, so
// that bundle costs next to nothing and the process holds the other bundle's modules only.
