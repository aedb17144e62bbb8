package main

import (
	"github.com/spf13/cobra"

	"tamis/i18n"
)

// shells are the shells completionCmd writes a script for.
var shells = []string{"bash", "zsh", "fish", "powershell"}

func completionCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "completion bash|zsh|fish|powershell",
		Short: i18n.T("écrit le script de complétion d’un shell (identifiants des modèles, variables de --set)", "write a shell's completion script (template ids, --set variables)"),
		Example: i18n.T(`  tamis completion bash > ~/.local/share/bash-completion/completions/tamis
  tamis completion zsh > "${fpath[1]}/_tamis"
  tamis completion fish > ~/.config/fish/completions/tamis.fish
  tamis completion powershell >> $PROFILE            (PowerShell, sous Windows)`, `  tamis completion bash > ~/.local/share/bash-completion/completions/tamis
  tamis completion zsh > "${fpath[1]}/_tamis"
  tamis completion fish > ~/.config/fish/completions/tamis.fish
  tamis completion powershell >> $PROFILE            (PowerShell, on Windows)`),
		Long: i18n.T(`Une fois le script chargé (ouvrez un nouveau terminal), Tab complète les
commandes, les options, les identifiants des modèles (tamis fill PROMPT-0<Tab>)
et les noms des variables après --set. La complétion lit la base sans la
modifier ; sans base, elle propose la bibliothèque par défaut.`, `Once the script is loaded (open a new terminal), Tab completes the
commands, the options, the template ids (tamis fill PROMPT-0<Tab>) and the
variable names after --set. Completion reads the database without
changing it; without a database, it offers the default library.`),
		ValidArgs: shells,
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) != 1 || !contains(shells, args[0]) {
				return usageErrorf("%s", i18n.T("indiquez un shell : bash, zsh, fish ou powershell", "give a shell: bash, zsh, fish or powershell"))
			}
			return nil
		},
		RunE: func(c *cobra.Command, args []string) error { return writeCompletion(c.Root(), a.io, args[0]) },
	}
}

// writeCompletion writes cobra's script for shell, with the descriptions
// (the templates' titles) where the shell shows them.
func writeCompletion(root *cobra.Command, io streams, shell string) error {
	switch shell {
	case "bash":
		return root.GenBashCompletionV2(io.out, true)
	case "zsh":
		return root.GenZshCompletion(io.out)
	case "fish":
		return root.GenFishCompletion(io.out, true)
	}
	return root.GenPowerShellCompletionWithDesc(io.out)
}

func contains(list []string, s string) bool {
	for _, e := range list {
		if e == s {
			return true
		}
	}
	return false
}
