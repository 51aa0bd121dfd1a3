# c
@kind words
@lang fr
l'	le	DET
@kind abbreviations
@lang en
Gen.	title
@kind clitics
@lang en
n't	suffix	not	PART
