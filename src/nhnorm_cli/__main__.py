from nhnorm_cli.cli import main

main()
