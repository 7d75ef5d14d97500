// A resolve hook that adds the workspace's "@cryoreg/source" export condition, as `--conditions` would.
export const resolve = (specifier, context, nextResolve) =>
  nextResolve(specifier, { ...context, conditions: [...context.conditions, "@cryoreg/source"] })
