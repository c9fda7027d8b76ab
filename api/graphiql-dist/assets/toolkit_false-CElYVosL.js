const e={},t="graphql-ws",o="@graphiql/toolkit";throw new Error(`Could not resolve "${t}" imported by "${o}". Is it installed?`);export{e as default};
