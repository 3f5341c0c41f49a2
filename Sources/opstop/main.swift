print("opstop")
